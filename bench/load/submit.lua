-- wrk script: PUT /api/projects/{id}/updates/{week} without If-Match, i.e. the integrator's create (201 expected).
-- Each request is a distinct (project, week) pair, so each is a valid create: the sequence number of a request walks
-- the projects first, then the weeks (W01-W52 of consecutive years); each wrk thread owns its own range of years,
-- and BASE_YEAR moves the whole run so that a second run on the same store also only creates.
-- env: PMO_KEY (API key), PROJECTS (default 1000), BASE_YEAR (default 2001).
local key = os.getenv("PMO_KEY") or error("PMO_KEY is not set")
local projects = tonumber(os.getenv("PROJECTS") or "1000")
local base_year = tonumber(os.getenv("BASE_YEAR") or "2001")
local thread_index = 0
local threads = {}

function setup(thread)
  thread:set("tid", thread_index)
  thread_index = thread_index + 1
  table.insert(threads, thread)
end

local seq = 0
local headers = { ["X-Api-Key"] = key, ["Content-Type"] = "application/json" }
local rags = { "Green", "Amber", "Red" }

function request()
  local p = seq % projects
  local w = math.floor(seq / projects)
  seq = seq + 1
  local year = base_year + tid * 20 + math.floor(w / 52)   -- 20 years = 1,040 weeks x PROJECTS pairs per thread
  local week = string.format("%d-W%02d", year, (w % 52) + 1)
  local id = string.format("LOAD-%04d", p + 1)
  local body = string.format(
    '{"projectId":"%s","week":"%s","overall":"%s","progressPercent":%d,"accomplishments":"Load test update %d","nextSteps":"Keep going"}',
    id, week, rags[(seq % 3) + 1], seq % 101, seq)
  return wrk.format("PUT", string.format("/api/projects/%s/updates/%s", id, week), headers, body)
end

local bad = {}
function response(status, hdrs, body)
  if status ~= 201 then
    bad[status] = (bad[status] or 0) + 1
    if (bad[status]) <= 3 then io.stderr:write("status " .. status .. ": " .. (body or ""):sub(1, 300) .. "\n") end
  end
end
