// Converts Natural Earth outlines (the world-atlas package, 1:50m) into data/geo/region.json:
// the six participants and their neighbours, projected, clipped, simplified and rounded to
// SVG path strings, with the label points and the projected cities. Run once after changing
// anything here: `npm ci && node build.mjs`. The server only reads the JSON.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import { presimplify, simplify, quantile } from "topojson-simplify";
import { geoAzimuthalEqualArea, geoPath } from "d3-geo";

const require = createRequire(import.meta.url);
const atlasVersion = require("world-atlas/package.json").version;
const topology = structuredClone(require("world-atlas/countries-50m.json"));
const places = JSON.parse(readFileSync(new URL("places.json", import.meta.url))).places;

// Natural Earth's numeric ISO 3166-1 codes of the six participants, keyed by briefing id.
const PARTICIPANTS = {
  kazakhstan: "398", kyrgyzstan: "417", tajikistan: "762",
  turkmenistan: "795", uzbekistan: "860", japan: "392",
};
// Neighbours drawn faintly for context; only those named here get a label.
// Each label sits at the given longitude and latitude, inside the part of the country in frame.
const CONTEXT_LABELS = {
  "643": ["Russia", [66, 55.6]], "156": ["China", [81, 40.6]], "004": ["Afghanistan", [65, 34.4]],
  "364": ["Iran", [55.5, 35.2]], "586": ["Pakistan", [72.6, 34.2]], "496": ["Mongolia", [95, 47.5]],
};
// Where a participant's label sits, as an offset in SVG units from its centroid, so that the
// small neighbours' labels do not collide (cartography, not data).
const LABEL_NUDGE = {
  kazakhstan: [0, -6], kyrgyzstan: [30, -14], tajikistan: [22, 12],
  turkmenistan: [-8, 6], uzbekistan: [-14, -6], japan: [-40, 10],
};

// Simplify on the sphere's lon/lat plane: keep points whose triangle is in the top share.
const SIMPLIFY_QUANTILE = 0.28;
const simplified = simplify(presimplify(topology), quantile(presimplify(topology), SIMPLIFY_QUANTILE));
const countries = feature(simplified, simplified.objects.countries).features;
const byId = new Map(countries.map((f) => [f.id, f]));

const WIDTH = 640, HEIGHT = 400;
const round = (n) => Math.round(n * 10) / 10;

// The main map: Lambert azimuthal equal-area centred on Central Asia, so areas are true and
// shapes undistorted near the centre; fitted to the five Central Asian states.
const ca = { type: "FeatureCollection", features: ["398", "417", "762", "795", "860"].map((i) => byId.get(i)) };
const CENTRE = [66, 44];
const main = geoAzimuthalEqualArea().rotate([-CENTRE[0], -CENTRE[1]])
  .fitExtent([[24, 20], [WIDTH - 150, HEIGHT - 20]], ca)
  .clipExtent([[0, 0], [WIDTH, HEIGHT]]);
// Japan's inset: the same projection family centred on Japan, in a box at the lower right.
const INSET = { x: WIDTH - 150, y: HEIGHT - 180, width: 146, height: 176 };
const japan = byId.get("392");
const insetProjection = geoAzimuthalEqualArea().rotate([-138, -37])
  .fitExtent([[INSET.x + 8, INSET.y + 22], [INSET.x + INSET.width - 8, INSET.y + INSET.height - 8]], japan)
  .clipExtent([[INSET.x, INSET.y], [INSET.x + INSET.width, INSET.y + INSET.height]]);

const pathOf = (projection) => geoPath(projection).digits(1);
const pt = (p) => [round(p[0]), round(p[1])];

function layer(projection, ids, labelOf) {
  const path = pathOf(projection);
  const out = [];
  for (const f of countries) {
    if (!ids(f.id)) continue;
    const d = path(f);
    if (!d) continue;
    out.push({ iso: f.id, name: f.properties.name, d, ...labelOf(f, path) });
  }
  return out;
}

const participantOf = Object.fromEntries(Object.entries(PARTICIPANTS).map(([k, v]) => [v, k]));
const participantLayer = (projection, ids) => layer(projection, ids, (f, path) => {
  const id = participantOf[f.id];
  const [dx, dy] = LABEL_NUDGE[id] ?? [0, 0];
  if (id === "japan") return { id, label: [INSET.x + 6, INSET.y + 15], anchor: "start" };
  const [cx, cy] = path.centroid(f);
  return { id, label: [round(cx + dx), round(cy + dy)], anchor: "middle" };
});
const contextLayer = (projection, ids) => layer(projection, ids, (f, path) => {
  const known = CONTEXT_LABELS[f.id];
  if (!known) return {};
  return { name: known[0], label: pt(projection(known[1])) };
});

const isCa = (id) => ["398", "417", "762", "795", "860"].includes(id);
const mainParticipants = participantLayer(main, isCa);
const mainContext = contextLayer(main, (id) => !isCa(id) && id !== "392");
const insetParticipants = participantLayer(insetProjection, (id) => id === "392");
const insetContext = layer(insetProjection, (id) => ["410", "408", "156", "643"].includes(id), () => ({}));

const projectedPlaces = places.map((p) => {
  const projection = p.country === "japan" ? insetProjection : main;
  return { name: p.name, country: p.country, lon: p.lon, lat: p.lat, at: pt(projection([p.lon, p.lat])), side: p.side ?? "right" };
});

const out = {
  provenance: {
    data: "Natural Earth 1:50m Admin 0 countries, version 4.1.0 (public domain), via the npm package world-atlas " + atlasVersion + " (countries-50m.json; package licence ISC)",
    simplification: `topojson-simplify, planar triangle-area weights on lon/lat, keeping points above the ${SIMPLIFY_QUANTILE} quantile; coordinates rounded to 0.1 SVG unit`,
    projection: `Lambert azimuthal equal-area centred on ${CENTRE[0]}E ${CENTRE[1]}N, fitted to the five Central Asian states; Japan in an inset, Lambert azimuthal equal-area centred on 138E 37N (larger scale)`,
    places: "scripts/geo/places.json: city coordinates (WGS84), geography only",
    script: "scripts/geo/build.mjs",
  },
  width: WIDTH,
  height: HEIGHT,
  main: { participants: mainParticipants, context: mainContext },
  inset: { ...INSET, participants: insetParticipants, context: insetContext },
  places: projectedPlaces,
};
const file = new URL("../../data/geo/region.json", import.meta.url);
writeFileSync(file, JSON.stringify(out, null, 1) + "\n");
const bytes = JSON.stringify(out).length;
console.log(`wrote data/geo/region.json: ${bytes} bytes of JSON, ${out.main.context.length} context countries`);
