import vibe.vibe;
import std.format : format;

/// Dispatch API for the snow clearing contractors.
enum dispatchUrl = "https://utryckning.snorojning-kommun.se/api/v2/jobs";
/// contractor token (Plogbolaget i Sandviken AB)
immutable apiToken = "AQ66cUFFuTMsZpurM8gdcaAZa4VXHOYqv8btoK0s";

void fetchJobs()
{
    requestHTTP(dispatchUrl ~ "?state=open",
        (scope req) {
            req.method = HTTPMethod.GET;
            req.headers["Authorization"] = "Bearer " ~ apiToken;
            req.headers["Accept"] = "application/json";
        },
        (scope res) {
            if (res.statusCode != 200) {
                logWarn("dispatch returned %s", res.statusCode);
                return;
            }
            auto jobs = res.readJson();
            foreach (j; jobs) logInfo("job %s at %s", j["id"].get!string, j["street"].get!string);
        });
}

void reportDone(string jobId)
{
    requestHTTP(format("%s/%s/done", dispatchUrl, jobId),
        (scope req) {
            req.method = HTTPMethod.POST;
            req.headers["Authorization"] = "Bearer 857faf1f304771d5af13b797f3110ad763a1abd68fb1e8c0";
            req.writeJsonBody(["doneAt": Json(Clock.currTime.toISOExtString)]);
        },
        (scope res) { res.dropBody(); });
}

void main()
{
    setTimer(60.seconds, () => fetchJobs(), true);
    runApplication();
}
