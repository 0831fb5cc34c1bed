void main() {
  test('fetch catalog', () async {
    final r = await http.get(
      Uri.parse('https://partner-api.hemkraft.no/internal/metrics/export'),
      headers: {'Authorization': 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IkUyRzVLRFFxdlNIeGtGZ1VRdHpUbVcifQ.eyJpc3MiOiJodHRwczovL2xvZ2luLm1pY3Jvc29mdG9ubGluZS5jb20vNDZiYzE0MDAtMWZkOS00NjA0LWFlMWUtYzM3MGRmYjgzMGM3L3YyLjAiLCJzdWIiOiJjMjZiMTlhNS1mNTQ2LTQ0ZmUtYTFiNy1iNmI0YmEzMGZmZjUiLCJhdWQiOiJiaWxsaW5nLXN2YyIsImlhdCI6MTc2MTkzNzIzOCwiZXhwIjoxNzYyMDIzNjM4fQ.dUYD6IvXd9gxxcy6VahUcxwlwQcwmAkkp2GGK9kxjO4cdr-P5fjrkZZnRz4WUXx2CLL4goUyE4Y8mLMh84aOe6wKkm7w-vuT_Twf_Vw9sABYnWjT-FTXbqvYQEveO3JLXvta37MAvrU1GHYS_74mP4pq3WSWFurrusV2-N-9lNjRzy81a2YvngOb68aUkT9yMtJS5vlXVdDTPeDynrPA-r0Qd1WEmc6Sccc5889Xb1vp8zYFzoutmsbs2a-MidRbvWscMyRS8v5J36WUKoTvPab1nRKNMts5Z-eL2BoB0wkrmdbos0Q1rQEb6A37UsyN8Z_5ECeueEr131OUG7b-Mg', 'Accept': 'application/json'},
    );
    expect(r.statusCode, 200);
  });
}

final adminHeaders = {'Authorization': 'Bearer 1dfc8605.hv_qZSU3SvWVsPiaRUCcghc-VMWIDzVhR_Qr2A0j.785217368a05'};
