#!/bin/bash
export templdpath=$LD_LIBRARY_PATH
export LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH
export SteamAppId=892970

./valheim_server.x86_64 -name "Fjordheim" -port 2456 -world "Fjordheim" -password "Fj3llv@nn510%" -crossplay -public 0

export LD_LIBRARY_PATH=$templdpath
# last season's world: ./valheim_server.x86_64 -name "Fjordheim S1" -password "Bacalhaubacalhau1624&"
