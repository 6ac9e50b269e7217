-- wrk script: rotates through the paths given after `--`, and prints one machine-readable
-- summary line starting with "JSON ".
local paths = {}
local i = 0

init = function(args)
  for _, p in ipairs(args) do table.insert(paths, p) end
  if #paths == 0 then paths = { "/" } end
  i = math.random(#paths)
end

request = function()
  i = (i % #paths) + 1
  return wrk.format("GET", paths[i])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'JSON {"requests":%d,"duration_us":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"status":%d,"p50_us":%d,"p99_us":%d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
