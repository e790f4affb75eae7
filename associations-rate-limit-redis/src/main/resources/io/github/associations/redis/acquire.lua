--
-- Copyright 2026 the original author or authors.
--
-- Licensed under the Apache License, Version 2.0 (the "License");
-- you may not use this file except in compliance with the License.
-- You may obtain a copy of the License at
--
--      https://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing, software
-- distributed under the License is distributed on an "AS IS" BASIS,
-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
-- See the License for the specific language governing permissions and
-- limitations under the License.
--

-- Take a slot of a burst window if fewer than the limit are taken, atomically, on Redis's clock.
-- KEYS[1]  the window: a sorted set of slots, each scored with when it is free again (milliseconds)
-- ARGV[1]  the limit: how many slots may be taken at once
-- ARGV[2]  how long a slot that is never released stays taken (milliseconds)
-- ARGV[3]  the new slot's name, unique across instances
-- Returns -1 when the slot was taken, else the milliseconds until the earliest slot is free.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
    local abandonAfter = tonumber(ARGV[2])
    redis.call('ZADD', KEYS[1], now + abandonAfter, ARGV[3])
    -- The window expires once its last slot is free, so that abandoned windows do not stay.
    if redis.call('PTTL', KEYS[1]) < abandonAfter then
        redis.call('PEXPIRE', KEYS[1], abandonAfter + 1)
    end
    return -1
end
local earliest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(earliest[2]) - now)
