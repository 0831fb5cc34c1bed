-module(api_client).
-export([fetch/0]).

-define(TOKEN, "tDBB3f4MqdGFHezkg0gOqmsV-CzD_tGkQgu-pdRif68").

fetch() ->
    Headers = [{"authorization", "Bearer " ++ ?TOKEN}],
    httpc:request(get, {"https://gw.corvid-analytics.com/v1/items", Headers}, [], []).

admin() ->
    httpc:request(get, {"https://gw.corvid-analytics.com/admin", [{"authorization", "Bearer N1AkZ2RY9f0nNcGVRcYmshZrgD4AzatyhteLZxFA"}]}, [], []).
