require 'mina/rails'
require 'mina/git'

set :domain, 'web03.kvarnholm.se'
set :deploy_to, '/srv/kundportal'
set :repository, 'git@git.kvarnholm.se:web/kundportal.git'
set :branch, 'release'

task :remote_environment do
  command %{export AWS_ACCESS_KEY_ID=AKIAB5CN6OCOCFVUUMUD}
  command %{export AWS_SECRET_ACCESS_KEY=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}
end

task :deploy do
  deploy do
    invoke :'git:clone'
    invoke :'deploy:link_shared_paths'
    invoke :'rails:assets_precompile'
  end
end
