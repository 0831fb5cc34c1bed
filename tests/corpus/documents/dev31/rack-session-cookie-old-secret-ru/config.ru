# frozen_string_literal: true

require "bundler/setup"
require "rack/session"
require "rack/protection"
require_relative "app/kolonilott"

use Rack::CommonLogger
use Rack::Session::Cookie,
    key: "kolonilott.session",
    path: "/",
    expire_after: 60 * 60 * 12,
    same_site: :lax,
    secure: ENV.fetch("RACK_ENV", "development") == "production",
    # Rack 3 wants at least 64 bytes; generated with SecureRandom.hex(64)
    secret: ENV.fetch("SESSION_SECRET", "f30ef1370654641bef9dce752b241d1555ac24fb0db1041e229460427e0c5ca5b3830d829e2a4cc81d055cffa1c0645020b41d6bd47e36a092d739de3d5da62e"),
    old_secret: "ff2dcb1e7c1e184defed9a44990aad987940d47b4e8bbd5ceb1cd48c712728b17ff652130457a2ad8379eac707188d7f8155a5a8e24608391f164da6b312c7c5"
use Rack::Protection, except: [:session_hijacking]
use Rack::Protection::AuthenticityToken

run Kolonilott::App
