require "db"
require "pg"

DB_URL = "postgres://bokning:ZPFiF8E45tnEyPoCrHtyvY@pg-bokning.lan:5432/bokning?sslmode=require"
# read replica uses a different role, url comes from ENV["REPLICA_URL"]

DB.open DB_URL do |db|
  db.query "select id, rum, start_tid from bokningar where start_tid::date = current_date" do |rs|
    rs.each do
      id, rum, start = rs.read(Int64, String, Time)
      puts "#{id}\t#{rum}\t#{start}"
    end
  end
end
