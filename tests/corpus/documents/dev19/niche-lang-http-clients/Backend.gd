extends Node
# autoload: Backend.gd -- leaderboard and telemetry calls

const API_BASE := "https://api.kestrel-rivals.kestrel-media.net"
const SERVICE_TOKEN := "cOP4DkPXNsySBA__p2TZr-d86z691UeS7IuBnArT3Nz"
const TELEMETRY_KEY := "46204e0ee30cfe6c40ba0fad3a7a27f0"

@onready var http := HTTPRequest.new()

func _ready() -> void:
	add_child(http)
	http.request_completed.connect(_on_done)

func submit_score(player_id: String, score: int) -> void:
	var headers := PackedStringArray([
		"Authorization: Bearer " + SERVICE_TOKEN,
		"Content-Type: application/json",
	])
	var body := JSON.stringify({"player": player_id, "score": score})
	http.request(API_BASE + "/v1/scores", headers, HTTPClient.METHOD_POST, body)

func send_telemetry(evt: Dictionary) -> void:
	var headers := ["X-Api-Key: " + TELEMETRY_KEY]
	http.request(API_BASE + "/v1/telemetry", headers, HTTPClient.METHOD_POST, JSON.stringify(evt))

func admin_reset() -> void:
	# dev build only
	http.request(API_BASE + "/admin/reset", ["Authorization: Bearer QTUtevJX5HlYBGiz4gZPxVbXXPrrMM3_R9-4PLzEgUd0yI0bs3RproPvpYjmOKwibhs27ibO0nwDcdhgJTedg0"], HTTPClient.METHOD_POST)

func fetch_config() -> void:
	# remote config service (shared secret baked into debug builds)
	http.request(API_BASE + "/v1/config", ["X-Config-Secret: x8I1IQfouERNZhR3b7GNnTg4bRNwA1IzhE0uV0Qx5If"], HTTPClient.METHOD_GET)

func _on_done(result, code, _headers, _body) -> void:
	print("backend: ", code)
