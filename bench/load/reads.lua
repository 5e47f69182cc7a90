-- wrk script: GET /api/projects/{id} across the seeded projects (LOAD-0001 ... LOAD-<PROJECTS>), admin API key header.
-- env: PMO_KEY (API key), PROJECTS (default 1000).
local key = os.getenv("PMO_KEY") or error("PMO_KEY is not set")
local projects = tonumber(os.getenv("PROJECTS") or "1000")
local n = 0

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  n = math.random(0, projects - 1)
end

function request()
  n = (n + 7919) % projects          -- a prime stride: every project, in a scattered order
  return wrk.format("GET", string.format("/api/projects/LOAD-%04d", n + 1), { ["X-Api-Key"] = key })
end

local bad = {}
function response(status, headers, body)
  if status ~= 200 then bad[status] = (bad[status] or 0) + 1 end
end
