import 'dart:convert';
import 'package:http/http.dart' as http;

class Backend {
  Backend(this._token);
  final String _token;

  static const _kioskToken = 'KXvywX4DxsT-pDGglh7Qngt_6gFyFuEXGJmDOPpHcOV_lxfpBVg5VRkg3jrgJzA8GtmcSXpK0nCoRGY9F4IG47';

  Map<String, String> get _headers => {
        'Authorization': 'Bearer $_token',
        'Content-Type': 'application/json',
      };

  Future<List<dynamic>> tables() async {
    final r = await http.get(Uri.parse('https://bokning.restaurangnorr.se/api/tables'), headers: _headers);
    return jsonDecode(r.body) as List<dynamic>;
  }

  static Backend kiosk() => Backend(_kioskToken);
}

// test/backend_test.dart fixture
const recordedAuth = 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IkNmMmFpNkpzZ3EwLWx4ZkRGTGl1OTUifQ.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwuc3ZjLyIsInN1YiI6IjUzNDQyZjkxLWYwZmYtNTMxZC0xNDdjLTRkZjRhOThkM2Y1ZiIsImF1ZCI6Imh0dHBzOi8vYXBpLmt2YXJuaG9sbS5zZSIsImlhdCI6MTc2NTA3ODQzMSwiZXhwIjoxNzY1MDgyMDMxLCJqdGkiOiJ2THFkYkRQd3NFSUdGOWxQIn0.3B1twiMLeKKL33soIZDqn-aJ77QY7Zc_eBCI4PQ12TlQ3IIq0uhL5lPuZRaHLf5vEHusSmns72uhzZogiL2DF4SrMjIto_p2JUHkLNyLTGUfyshU8FeL71okw7bC5VRkZvZJh4k0AiEFxVWSnPg2yNmqHmUXw9KgsqjckKEMFAyMTK4rERwJ3MWmxc9C0Ch4QQYdRvK9eUl5FXP2urXYcfqoT2DwOr0njx1y8QTbfNutbC84q8IWr4YE2FpTaiyeJAgnQ07hjE11FZ4ARPDlULpzYIbD7J2hGLCGYu35iNE4zeI51dqAcX0wKUDRVlTbKRj_pgzPo3fU5lABsK3ZrH';
// printer integration, token from the vendor portal
final printerHeaders = {'authorization': 'Bearer efb58c7e7548e35d2ca9d1a44f8e454e90a5d83b359295b931ae02f27d7e8306'};
