-- wrk script for bench/seats.sh and bench/rsvp.sh: every request with a work item of its own, split between threads
-- so none is used twice (a thread out of items repeats its last one, and done() says so). Answers are counted by HTTP
-- status (and, for accepts, by the invitation status answered) and printed by done().
--   MODE=accept:   POST /api/rsvp/{token}/accept, tokens from ITEMS_FILE; the attendee tokens of ACCEPTED answers
--                  are written to TOKENS_OUT.<thread> (for the registration run)
--   MODE=register: POST /api/sessions/{session}/registrations, "attendeeToken sessionId" lines from ITEMS_FILE
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local all = {}
  for line in io.lines(os.getenv("ITEMS_FILE")) do table.insert(all, line) end
  local per = math.floor(#all / tonumber(os.getenv("WRK_THREADS")))
  items, next_index, last = all, id * per + 1, (id + 1) * per
  mode = os.getenv("MODE")
  by_status = {}
  if mode == "accept" and (os.getenv("TOKENS_OUT") or "") ~= "" then
    out = io.open(os.getenv("TOKENS_OUT") .. "." .. id, "w")
    out:setvbuf("line")
  end
end

function request()
  if next_index > last then
    exhausted = 1 -- the run outlasted the items: the rate printed is too low (give more items)
    next_index = last -- the request below repeats the last item: an idempotent repeat
  end
  local item = items[next_index]
  next_index = next_index + 1
  if mode == "accept" then
    return wrk.format("POST", "/api/rsvp/" .. item .. "/accept")
  end
  local token, session = item:match("(%S+) (%S+)")
  return wrk.format("POST", "/api/sessions/" .. session .. "/registrations", { Authorization = "Bearer " .. token })
end

function response(status, headers, body)
  by_status[status] = (by_status[status] or 0) + 1
  if mode == "accept" and status == 200 then
    local outcome = body:match('"status"%s*:%s*"(%u+)"')
    if outcome then by_status[outcome] = (by_status[outcome] or 0) + 1 end
    local token = body:match('"accessToken"%s*:%s*"([^"]+)"')
    if out and token then out:write(token, "\n") end
  end
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("by_status")) do totals[status] = (totals[status] or 0) + n end
  end
  local parts = {}
  for status, n in pairs(totals) do table.insert(parts, status .. "=" .. n) end
  for _, thread in ipairs(threads) do
    if thread:get("exhausted") then table.insert(parts, "OUT-OF-ITEMS") end
  end
  table.sort(parts)
  io.write(string.format("answers %s seconds %.2f p50 %.1f p99 %.1f\n", table.concat(parts, ","),
    summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
