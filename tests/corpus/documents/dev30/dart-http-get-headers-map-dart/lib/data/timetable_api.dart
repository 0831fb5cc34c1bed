import 'dart:convert';

import 'package:http/http.dart' as http;

const _base = 'https://api.pendeltag.se/v1';
const _token = 'H0y3JxzqgP1qYIr1EAJnV0UoXyGCjyyoQmrCgCM9';
const _pushToken = 'c4c3309777d62577bc814f6d8ec80318923526b7';

Map<String, String> get _headers => {
      'Authorization': 'Bearer $_token',
      'Accept': 'application/json',
    };

Future<List<dynamic>> departures(String stopId) async {
  final res = await http.get(Uri.parse('$_base/stops/$stopId/departures'), headers: _headers);
  if (res.statusCode != 200) {
    throw Exception('departures ${res.statusCode}');
  }
  return jsonDecode(utf8.decode(res.bodyBytes)) as List<dynamic>;
}

Future<void> reportDelay(Map<String, dynamic> body) => http.post(
      Uri.parse('$_base/delays'),
      headers: {'Authorization': 'Bearer q5xHAhX_Rnsn6HF3zBo4aTECr1QFv0TjOfeqCum4vUU', 'Content-Type': 'application/json'},
      body: jsonEncode(body),
    );

Future<void> registerPush(String device) => http.post(
      Uri.parse('https://push.pendeltag.se/v1/devices'),
      headers: {'Authorization': 'Bearer $_pushToken'},
      body: jsonEncode({'device': device}),
    );
