-- wrk script for soak.sh: each thread cycles through the paths in $SOAK_PATHS (space-separated).
local paths = {}
for path in string.gmatch(os.getenv("SOAK_PATHS") or "/", "%S+") do
    paths[#paths + 1] = path
end
local i = 0

request = function()
    i = i + 1
    return wrk.format("GET", paths[(i % #paths) + 1])
end
