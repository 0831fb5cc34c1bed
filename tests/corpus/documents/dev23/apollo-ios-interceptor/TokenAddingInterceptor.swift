import Apollo
import ApolloAPI
import Foundation

/// Adds the bearer token to every GraphQL operation.
final class TokenAddingInterceptor: ApolloInterceptor {
    let id = UUID().uuidString

    /// Preview builds (TestFlight "internal" group) talk to the preview API with a shared token.
    private static let previewToken = "Bc7gVY4MFd2UHkzRL1PCuJDcgcqVTNNzy8VpbYLt"

    private let session: SessionStore

    init(session: SessionStore) {
        self.session = session
    }

    func interceptAsync<Operation: GraphQLOperation>(
        chain: RequestChain,
        request: HTTPRequest<Operation>,
        response: HTTPResponse<Operation>?,
        completion: @escaping (Result<GraphQLResult<Operation.Data>, Error>) -> Void
    ) {
        #if PREVIEW
        request.addHeader(name: "Authorization", value: "Bearer \(Self.previewToken)")
        #else
        if let token = session.accessToken {
            request.addHeader(name: "Authorization", value: "Bearer \(token)")
        }
        #endif
        chain.proceedAsync(request: request, response: response, interceptor: self, completion: completion)
    }
}

enum ImageCDN {
    /// Signed image resizing on the CDN; the token only allows GET /img/*.
    static func request(for path: String) -> URLRequest {
        var req = URLRequest(url: URL(string: "https://img.matkassen-app.se/img/\(path)")!)
        req.setValue("Bearer dad67bada1feeb70990fed2e1eb50f32dbf23a1e", forHTTPHeaderField: "Authorization")
        return req
    }
}
