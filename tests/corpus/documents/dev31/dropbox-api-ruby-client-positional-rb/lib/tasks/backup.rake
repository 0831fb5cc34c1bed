# frozen_string_literal: true

require "dropbox_api"

namespace :backup do
  desc "Upload last night's database dump to Dropbox"
  task upload: :environment do
    client = DropboxApi::Client.new("sl.u.RajLwfYSKSoUguh1MpudN5R5wb7kK9mskvg3PC9B0mgqtR1smqvxb7fYjMot-9tV-0sGlUD9kxQGV0OBoi58S2VVTeKU8nluVPpqAYVXQ3ho7xKAf7AV1fyIhq7qXweDdD9CESZIKJvg")
    file = Rails.root.join("tmp/backups", "#{Date.current.iso8601}.sql.gz")
    client.upload("/Backups/vereinsverwaltung/#{file.basename}", File.read(file), mode: :overwrite)
    puts "uploaded #{file.basename} (#{File.size(file)} bytes)"
  end

  desc "Copy the monthly export to the treasurer's Dropbox"
  task treasurer: :environment do
    treasurer = DropboxApi::Client.new("sl.u.KH0QSkUhpSnkZ20xoGGVIBkLpLX5ahEEg6xZdRfNmszzsML37kgb4uKSFaprXort2QZ0Vn1UcsAreD3ytklqc1w6rCepIOxJcRZjDaVP_f1cbVkmE0Rb6v6qFfbcgzHrWHDWgyoBSOz4")
    export = Rails.root.join("tmp/exports", "beitraege-#{Date.current.strftime('%Y-%m')}.csv")
    treasurer.upload("/Kasse/#{export.basename}", File.read(export), mode: :add, autorename: true)
  end
end
