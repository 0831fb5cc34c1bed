import XCTest
@testable import APIClient

final class AuthTests: XCTestCase {
    func testAuthorizationHeader() throws {
        var request = URLRequest(url: URL(string: "https://api.kvarnholm.se/v1/me")!)
        request.setValue("Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImdKZkxRaFpFMXplZjVjUk8wMHdSU28ifQ.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwuc3ZjLyIsInN1YiI6ImM3MWUxYjAyLTEwZTAtMDNjZS00M2IyLWJjYzUyOWE5ZWFmMCIsImF1ZCI6Im9yZGVycy1zZXJ2aWNlIiwiaWF0IjoxNzY1MTc0MjU1LCJleHAiOjE3NjUyNjA2NTUsImp0aSI6Ik1vOEJGd0kxMlJZUTduZnoifQ.bA8h2CLDAtSGOy0HenZ3uYLvXH_ZhgQYPPdHOZzV35AV0NL2cnSRT2XU9SYeO-0uchhg-Cg_PCfkNrYif1B309c8gA_pZhG1r_f8J8j1aU6zPVWNgS4zWhRUMTijImc4J46HTTOznACIFANIQGCGT2z63ot19yDqlNcng5Vcrpa6O3ptpT_WTdE-6_CrHNksDcdg6JQoYpzvan8apKn3S9BX9lQrZnapzikRS2U9NGF88OjjT9oqHmiDpi0ANWsOQ97EpyIemEoD64bY9IaeYyuhi1unI0AOCaN8DMZ1uC8OCiwQGsfHXxNOOjg8IBKrcQHQiVR7WHdYS8x87HItHx", forHTTPHeaderField: "Authorization")
        XCTAssertEqual(request.value(forHTTPHeaderField: "Authorization")?.hasPrefix("Bearer "), true)
    }

    func testRefreshUsesNewToken() async throws {
        let store = TokenStore(access: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IkRIdTgtb01lUnZnMTJLd19pTHFtaUkifQ.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwuc3ZjLyIsInN1YiI6IjU4YzllOWMwLTRhZjUtZDA4OC00ZjAyLWZjZWZiYjAxYzAzNCIsImF1ZCI6ImFjY291bnQiLCJpYXQiOjE3NjQ5NDg2MTYsImV4cCI6MTc2NDk1MjIxNiwianRpIjoiR3RhSFZJYW9FeUJIdGJNRSJ9.Mb5OPXfd3aBzIQrdOPZDTA8bf2xgKvBQxBTyc5H0pY7icRm9tadyq9F3ZcxWoHQe0FvqL7p_g7-JwQyVEwAdvF-QuQSZBMihNSaEpuCLgHyWE0nPM45vVJa2dhH2obNH449ZnGklE7WCHX3eyTb79olqrMeG0b5tqkWEomaAR6b1Ysookau_R0v6SELb3xaVoD8ByDhS8nUFCTZiz3RyA9huikz-8AA9P_T3iAdhfnDTkO5cc-7U8iTw6i-AVOSEpjYN_0aKxjAvV0PKSToeWe2Nrl0m5MsCx-MXNzFe5n5PLLjHq0mUFd8_A_CWM-XDrL_HrP0EeUhNFB3wO0_nCI", refresh: nil)
        let client = Client(store: store)
        let req = try await client.authorizedRequest(path: "/v1/cart")
        XCTAssertEqual(req.allHTTPHeaderFields?["Authorization"], "Bearer \(store.access)")
    }

    // Found in crash log from TestFlight build 412:
    // Authorization: Bearer uTkuElWfNcc4H00qEd7VikZN2KjOFqNvnsnjytVYjZV
}
