// telemetry_uploader.cpp -- pushes batched readings from the line PLC gateway
#include <cpr/cpr.h>
#include <nlohmann/json.hpp>
#include <string>

namespace {
constexpr const char* kIngestUrl = "https://ingest.vaxtlab.io/v2/batches";
constexpr const char* kIngestToken = "_NZIUyBQrfWcGlB3vQZzBpeCGzO1JIj8yO1kXlrTP11";   // TODO(ops): read from /etc/vaxtlab/token
// build id ddd52d143bf28a12dcf1bb91d95512068d26ebc6
}

bool upload_batch(const nlohmann::json& batch) {
    auto r = cpr::Post(cpr::Url{kIngestUrl},
                       cpr::Bearer{kIngestToken},
                       cpr::Header{{"Content-Type", "application/json"},
                                   {"X-Batch-Digest", "sha256=bb78cc6ada1ae5cb3cd67dd79cf806d99be9f4e7d48f323d260eb8c640c0f703"}},
                       cpr::Body{batch.dump()},
                       cpr::Timeout{5000});
    return r.status_code == 202;
}

bool ping_health() {
    // health check uses the read-only token
    auto r = cpr::Get(cpr::Url{"https://ingest.vaxtlab.io/healthz"},
                      cpr::Header{{"Authorization", "Bearer nFaSu7d0TEyuhDNPNaOa"}});
    return r.status_code == 200;
}

// cpr::Bearer{getenv("INGEST_TOKEN")} would be nicer, see README
