import std.net.curl;
import std.json;
import std.stdio;

enum TOKEN = "07295a82e5ea1551a2ec19bbdffd7c9741276c64b7abe405e8b1e07d6649b344";

void main()
{
    auto http = HTTP();
    http.addRequestHeader("Authorization", "Bearer " ~ TOKEN);
    http.addRequestHeader("Content-Type", "application/json");
    auto body = JSONValue(["sensor": JSONValue("vaxthus-3"), "temp": JSONValue(21.4)]);
    auto svar = post("https://odling.lan/api/matvarden", body.toString(), http);
    writeln(svar);
}
