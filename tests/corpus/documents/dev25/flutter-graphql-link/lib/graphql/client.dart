import 'package:flutter/foundation.dart';
import 'package:graphql_flutter/graphql_flutter.dart';

import '../auth/session.dart';

/// Staging token so designers can browse without logging in (kDebugMode only).
const _stagingToken = '0ctuocXIqVn4j6QoYLds4VSN4n8mtfnvVz7S9XxY';

GraphQLClient buildClient(Session session) {
  final http = HttpLink(
    kReleaseMode ? 'https://api.hemnet-partner.se/graphql' : 'https://staging-api.hemnet-partner.se/graphql',
    defaultHeaders: {'X-Client': 'visning-app/3.4.0'},
  );
  final auth = AuthLink(
    getToken: () async {
      final t = await session.accessToken();
      if (t != null) return 'Bearer $t';
      return kDebugMode ? 'Bearer $_stagingToken' : null;
    },
  );
  final ws = WebSocketLink(
    'wss://staging-api.hemnet-partner.se/graphql',
    config: const SocketClientConfig(
      initialPayload: {'Authorization': 'Bearer 2wTezdkHemKKxRYuSq9oSmTkYVBgCH9jwiRycEq7nX0'},
      autoReconnect: true,
    ),
  );
  final link = Link.split((request) => request.isSubscription, ws, auth.concat(http));
  return GraphQLClient(link: link, cache: GraphQLCache(store: InMemoryStore()));
}
