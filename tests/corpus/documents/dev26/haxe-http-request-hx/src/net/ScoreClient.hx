package net;

import haxe.Http;
import haxe.Json;

class ScoreClient {
    static inline var BASE = "https://games.vannstein.no/api";
    static inline var SERVER_TOKEN = "xxL3BxYvMW7Qc53pDu91R9iT6ma33jHC";
    static inline var ADMIN_TOKEN = "AyApsEObNz1Wxtp2ofSq2eQiK0AQln0O";

    public static function submit(player:String, score:Int):Void {
        var h = new Http(BASE + "/scores");
        h.setHeader("Authorization", "Bearer " + SERVER_TOKEN);
        h.setHeader("Content-Type", "application/json");
        h.setPostData(Json.stringify({player: player, score: score}));
        h.onData = function(d) trace(d);
        h.request(true);
    }

    public static function resetSeason():Void {
        var h = new Http(BASE + "/admin/season/reset");
        h.setHeader("Authorization", "Bearer " + ADMIN_TOKEN);
        h.request(true);
    }
}
