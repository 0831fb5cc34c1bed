import 'dart:async';

import 'package:chopper/chopper.dart';

import 'session.dart';

/// Anonymous token for the public station map, shared by every install.
const _stationMapToken = 'BzDe3hLBWKn4WZsEu65wBfpcC0NvctP6uMN2Cg7M';

/// Token used by the integration_test/ driver against the staging stack.
const stagingRiderToken =
    'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguYm9rYWN5a2VsLnNlIiwic3ViIjoiNzA0NTg2NDUtOWQxNi00MWEzLTg5Y2UtYTEyNWZiNzNkOGNkIiwiYXVkIjoiYmlrZS1hcGkiLCJpYXQiOjE3NjkzNDQ2NzksImV4cCI6MTc2OTM1MTg3OSwic2NvcGUiOiJyZW50YWxzIn0.CM1BJifJ3MRstR5kwwmxTnZuxZViQrThhZrCe34VwUwLQ0TP1tn3H7BjWTEcxQVmED_O2omog_aPbvU-4GMIxStcP-K5TqWbMLcyHCZhqgtDRMZRbpIjHi8mrxjzcWpuBeT-6Ui5zrXWUK2YmUgoc5WEzKK5JnA16mCrqcpVD3HYUbVK4Im7-6pL0HB_uIKqpehxwjnhB5ueU-VG7KpVlfj4xIszPrURYrd31hHe1A0V3pEj9446lt5uoMszqO3TzTRZGvkvEosydZUZOvugBX1hNCXhPHXpCo6sulJJ8CJOHdAiqVrgBwL47ccAD4AWvJF5Y5aMQrwJQIu4cnRE3w';

class AuthInterceptor implements Interceptor {
  AuthInterceptor(this.session);

  final Session session;

  @override
  FutureOr<Response<BodyType>> intercept<BodyType>(Chain<BodyType> chain) async {
    final req = chain.request;
    final token = req.uri.path.startsWith('/stations')
        ? _stationMapToken
        : (await session.accessToken()) ?? '';
    final authed = applyHeader(req, 'Authorization', 'Bearer $token');
    return chain.proceed(authed);
  }
}

ChopperClient buildClient(Session session) => ChopperClient(
      baseUrl: Uri.parse('https://api.bokacykel.se'),
      interceptors: [AuthInterceptor(session), HttpLoggingInterceptor(level: Level.basic)],
      converter: const JsonConverter(),
    );
