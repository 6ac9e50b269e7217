// Grades the briefing's real headers and HTML (headers.txt and page.html in the working
// directory, written by bench/observatory.sh) with the MDN HTTP Observatory's own tests and
// grader, as if served at https://briefing.example.org/ behind a TLS proxy that redirects
// http:// to https:// on the same host. Nothing is fetched from the network.
import fs from "node:fs";
import { AxiosHeaders } from "axios";
import { Requests } from "@mdn/mdn-http-observatory/src/types.js";
import { Session } from "@mdn/mdn-http-observatory/src/retriever/session.js";
import { parseHttpEquivHeaders } from "@mdn/mdn-http-observatory/src/retriever/utils.js";
import { ALL_TESTS, NUM_TESTS } from "@mdn/mdn-http-observatory/src/constants.js";
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from "@mdn/mdn-http-observatory/src/grader/charts.js";
import { getGradeForScore, getScoreDescription, getScoreModifier } from "@mdn/mdn-http-observatory/src/grader/grader.js";

const host = "briefing.example.org";
const raw = fs.readFileSync("headers.txt", "utf8").split("\r\n").slice(1).filter(Boolean);
const headers = new AxiosHeaders();
for (const line of raw) { const i = line.indexOf(":"); headers.set(line.slice(0, i).trim(), line.slice(i + 1).trim()); }
const html = fs.readFileSync("page.html", "utf8");
const req = new Requests(host);
req.resources.path = html;
const response = () => ({ headers: new AxiosHeaders(headers), request: { headers: new AxiosHeaders() }, status: 200, statusText: "OK", verified: true, data: html, config: { headers: new AxiosHeaders() } });
req.responses.auto = response(); req.responses.cors = response(); req.responses.http = response(); req.responses.https = response();
req.responses.httpRedirects = [ { url: new URL(`http://${host}/`), status: 301 }, { url: new URL(`https://${host}/`), status: 200 } ];
req.responses.httpsRedirects = [ { url: new URL(`https://${host}/`), status: 200 } ];
req.session = new Session(new URL(`https://${host}/`));
req.responses.auto.httpEquiv = parseHttpEquivHeaders(html, req.session.url.href);
let score = 100, uncurved = 100, passed = 0;
for (const test of ALL_TESTS) {
  const r = test(req);
  const mod = r.result ? getScoreModifier(r.result) : 0;
  passed += r.pass ? 1 : 0; score += mod; if (mod < 0) uncurved += mod;
  console.log(`${r.pass ? "pass" : "FAIL"} ${String(mod).padStart(4)}  ${r.constructor.name}: ${r.result} — ${r.result ? getScoreDescription(r.result) : ""}`);
}
const final = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? score : uncurved);
console.log(`grade ${final.grade}, score ${final.score}, ${passed}/${NUM_TESTS} tests passed`);
