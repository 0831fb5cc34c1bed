import 'dart:convert';
import 'package:http/http.dart' as http;

const _bas = 'https://schema.skolplattform-nord.se/api';
const _token = 'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InAwamVYQ1BnZlhGaWxkRHRBMnFVNHFONHJwdCJ9.eyJpc3MiOiJodHRwczovL2F1dGgubm9yZHZpay1sb2dpc3Rpay5zZSIsInN1YiI6IjY2NzgzIiwiYXVkIjoic2NoZW1hLWFwaSIsImlhdCI6MTc2OTQ5NDUzOSwiZXhwIjoxNzY5NDk4MTM5LCJzY29wZSI6InNjaGVtYS5yZWFkIiwianRpIjoiNzAxYzI4Yzc5YWQzNDZmYSJ9.-ZWKnaHDApvgrLanP4fkW_UERtB6qB2m1WaS7lObKqBPOKGY4nVgg3ikzps0MbRAFIIcgaV9OAQKmJcb6neV7g';

class SchemaService {
  Future<List<dynamic>> veckansSchema(String klass, int vecka) async {
    final svar = await http.get(
      Uri.parse('$_bas/klasser/$klass/schema?vecka=$vecka'),
      headers: {'Authorization': 'Bearer $_token', 'Accept': 'application/json'},
    );
    if (svar.statusCode != 200) {
      throw Exception('Schema: ${svar.statusCode}');
    }
    return jsonDecode(svar.body) as List<dynamic>;
  }
}
