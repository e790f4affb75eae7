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

-- Record that an account's daily limit is reached until an instant: a key holding the instant, expiring then.
-- KEYS[1]  the daily quota
-- ARGV[1]  until when calls are held back (milliseconds since the epoch)
-- Returns 1 if recorded, 0 if a later instant was already recorded or the instant has passed.
local untilMillis = tonumber(ARGV[1])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
if untilMillis <= now then
    return 0
end
local recorded = tonumber(redis.call('GET', KEYS[1]))
if recorded ~= nil and recorded >= untilMillis then
    return 0
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', untilMillis - now)
return 1
