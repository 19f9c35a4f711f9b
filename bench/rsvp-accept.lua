-- wrk script: POST /api/rsvp/{token}/accept, every request with a token of its own (tokens from TOKENS_FILE,
-- split between threads so no token is used twice).
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local all = {}
  for line in io.lines(os.getenv("TOKENS_FILE")) do table.insert(all, line) end
  local per = math.floor(#all / tonumber(os.getenv("WRK_THREADS")))
  tokens, next_index, last = all, id * per + 1, (id + 1) * per
end

function request()
  if next_index > last then
    -- out of fresh tokens: stop this thread (the request below repeats its last token, an idempotent accept)
    wrk.thread:stop()
    next_index = last
  end
  local token = tokens[next_index]
  next_index = next_index + 1
  return wrk.format("POST", "/api/rsvp/" .. token .. "/accept")
end
