extends Node

const TOPPLISTA_URL := "https://spel.fiskespelet.se/api/v1/topplista"
const API_TOKEN := "nOLqUl1VIhna0NPA2n2XQjQurpAZrMZmoMmTuZLG"

@onready var http: HTTPRequest = $HTTPRequest

func skicka_poang(namn: String, poang: int) -> void:
	var headers := [
		"Content-Type: application/json",
		"Authorization: Bearer " + API_TOKEN,
	]
	var body := JSON.stringify({"namn": namn, "poang": poang})
	var err := http.request(TOPPLISTA_URL, headers, HTTPClient.METHOD_POST, body)
	if err != OK:
		push_error("kunde inte skicka poang: %s" % err)
