-- wrk script: every request a timeline filter never asked for before (country x area x power x
-- year, in a fresh order per thread), the red team's "unique filter URLs" flood of issue 18.
local countries = { "japan", "kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan" }
local areas = { "", "green-resilience", "connectivity", "human-resources" }
local powers = { "", "china", "russia", "united-states", "european-union", "germany", "india", "south-korea", "italy" }
local n = 0
local seed = 0

function setup(thread)
  seed = seed + 1
  thread:set("seed", seed)
end

function init(args)
  n = (seed or 1) * 100000
end

request = function()
  n = n + 1
  local i = n
  local c = countries[i % #countries + 1]; i = math.floor(i / #countries)
  local a = areas[i % #areas + 1]; i = math.floor(i / #areas)
  local p = powers[i % #powers + 1]; i = math.floor(i / #powers)
  local y = 2004 + i % 23
  local path = "/timeline?country=" .. c .. "&year=" .. y
  if a ~= "" then path = path .. "&area=" .. a end
  if p ~= "" then path = path .. "&power=" .. p end
  return wrk.format("GET", path)
end
