import 'package:dio/dio.dart';

const kApiBase = 'https://api.cykelpool.se/v1';
// TODO: hämta från secure storage efter inloggning
const kServiceToken = 'eBL9vCIhBhimE2xGJ0GIni9tqMkOiz9MfB0s0dFP1TryVSFFkF0WDI8X';
const kStagingToken = 'dvQxHsKcvj9GUOxIYgp2ZNmGhwpQxjGWascpjdHgwXOtSRpRaf9x2MA1';

class AuthInterceptor extends Interceptor {
  @override
  void onRequest(RequestOptions options, RequestInterceptorHandler handler) {
    final token = kReleaseMode ? kServiceToken : kStagingToken;
    options.headers['Authorization'] = 'Bearer $token';
    options.headers['X-App-Build'] = '2026.1.4+812';
    handler.next(options);
  }
}

Dio buildDio() {
  final dio = Dio(BaseOptions(baseUrl: kApiBase, connectTimeout: const Duration(seconds: 6)));
  dio.interceptors.add(AuthInterceptor());
  dio.interceptors.add(LogInterceptor(requestHeader: false, responseBody: false));
  return dio;
}
