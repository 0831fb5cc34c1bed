#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>
#include <string>

namespace http = boost::beast::http;

static const std::string kHost = "telemetri.vindkraft-norr.se";
static const std::string kToken = "DtBoBca8UFsgSLrsmCgSC4n5SbjTyL2w5MXNBBv2y3-NUwQZnDtEG2-bu9ySlYQR";

http::request<http::string_body> byggBegaran(const std::string& json)
{
    http::request<http::string_body> req{http::verb::post, "/api/v1/matvarden", 11};
    req.set(http::field::host, kHost);
    req.set(http::field::user_agent, BOOST_BEAST_VERSION_STRING);
    req.set(http::field::authorization, "Bearer " + kToken);
    req.set(http::field::content_type, "application/json");
    req.set("X-Turbine-Id", "2b050347-c0d2-41e4-b77f-cd508cadfb36");
    req.body() = json;
    req.prepare_payload();
    return req;
}
