-- wrk script: cycles through request paths read from the file named by env PATHS (one per line).
-- With env THINK_MS, each connection pauses that long before each request (a user reading the
-- answer), so that 50 connections offer a fixed load instead of as much as the server can take.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local think = tonumber(os.getenv("THINK_MS") or "0")
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
if think > 0 then
  delay = function()
    return think
  end
end
