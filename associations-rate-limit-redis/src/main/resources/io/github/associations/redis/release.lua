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

-- Keep a slot of a burst window for a hold from now, on Redis's clock, or free it now for a zero hold.
-- KEYS[1]  the window: a sorted set of slots, each scored with when it is free again (milliseconds)
-- ARGV[1]  the slot's name
-- ARGV[2]  the hold (milliseconds)
-- Returns 1 if the slot was re-scored or removed, 0 if it was no longer taken (abandoned, or Redis restarted).
local hold = tonumber(ARGV[2])
if hold <= 0 then
    return redis.call('ZREM', KEYS[1], ARGV[1])
end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
-- XX: a slot that is no longer taken is not taken again.
local changed = redis.call('ZADD', KEYS[1], 'XX', 'CH', now + hold, ARGV[1])
if changed == 1 and redis.call('PTTL', KEYS[1]) < hold then
    redis.call('PEXPIRE', KEYS[1], hold + 1)
end
return changed
