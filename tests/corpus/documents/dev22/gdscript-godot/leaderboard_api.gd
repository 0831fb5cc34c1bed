extends Node

## Posts scores to the leaderboard service.
const API_URL := "https://lb.pixelstugan.se/v1"
const API_TOKEN := "0HHmRwIRoCkATGkTg2l6ggDYVr2YWAkd"
const HMAC_KEY := "1uuet0b8dKo3ha0pW7gngbyFpNIgO6Rf"

@onready var http: HTTPRequest = $HTTPRequest

func submit_score(player: String, score: int) -> void:
	var body := JSON.stringify({"player": player, "score": score})
	var sig := Crypto.new().hmac_digest(HashingContext.HASH_SHA256, HMAC_KEY.to_utf8_buffer(), body.to_utf8_buffer()).hex_encode()
	var headers := [
		"Content-Type: application/json",
		"Authorization: Bearer " + API_TOKEN,
		"X-Signature: " + sig,
	]
	var err := http.request(API_URL + "/scores", headers, HTTPClient.METHOD_POST, body)
	if err != OK:
		push_error("leaderboard request failed: %s" % err)
