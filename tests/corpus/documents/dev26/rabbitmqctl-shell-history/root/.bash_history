systemctl status rabbitmq-server
rabbitmqctl list_users
rabbitmqctl add_user orderflow 'Hallon+Otter9432'
rabbitmqctl set_permissions -p /orders orderflow ".*" ".*" ".*"
rabbitmqctl add_user metrics vKa6ZZt0z5kAhwclELIm
rabbitmqctl set_user_tags metrics monitoring
rabbitmqctl change_password guest NS1hIrB_0tHSEQr
rabbitmqctl delete_user guest
rabbitmq-plugins enable rabbitmq_prometheus
curl -s -u metrics:eiy7U16oX5fGIcf http://localhost:15672/api/overview | jq .object_totals
sha256sum /var/lib/rabbitmq/.erlang.cookie
