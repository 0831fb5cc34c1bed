namespace :github do
  desc "Open an issue for every failed nightly import"
  task report_failures: :environment do
    client = Octokit::Client.new(access_token: "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")
    ghe = Octokit::Client.new(api_endpoint: "https://github.kulturarv.local/api/v3", access_token: "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")
    client.auto_paginate = true
    ImportRun.failed.where(reported_at: nil).find_each do |run|
      issue = client.create_issue("kulturarv/import", "Import #{run.source} failed #{run.started_at.to_date}", run.error_summary,
                                  labels: ["import", "nightly"])
      run.update!(reported_at: Time.current, issue_number: issue.number)
    end
  end
end
