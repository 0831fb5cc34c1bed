-module(matdata_db).
-export([start/0, spara/3]).

start() ->
    {ok, C} = epgsql:connect(#{host => "pg-matdata.lan",
                                username => "matdata",
                                password => "RnKcu8k24IwSRQ0T",
                                database => "matdata",
                                timeout => 4000}),
    register(matdata_conn, spawn(fun() -> loop(C) end)),
    ok.

spara(Sensor, Tid, Varde) ->
    matdata_conn ! {spara, Sensor, Tid, Varde}.

loop(C) ->
    receive
        {spara, S, T, V} ->
            {ok, 1} = epgsql:equery(C, "INSERT INTO matning(sensor, tid, varde) VALUES ($1, $2, $3)", [S, T, V]),
            loop(C)
    end.
