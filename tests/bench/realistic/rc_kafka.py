"""Kafka: Java client DEBUG/INFO lines (Fetcher, ConsumerCoordinator,
NetworkClient, producer), application 'received record' lines that print the
record value base64-encoded, kcat -J output, zap-logged []byte payloads
(base64), kafkajs JSON lines, broker server.log lines, ConsumerConfig dumps.
"""
import sys
sys.dont_write_bytecode = True

import base64

from rc_util import (V, TSN, TSM, VM, to_pieces, jdumps, TS_ISO_SP_COMMA, TS_EPOCH_MS, TS_EPOCH_FLOAT, TS_ISO_T_MS_Z,
                     hexs, uuid4, order_id, sku, trace_id, span_id, CURRENCIES, WAREHOUSES, CARRIERS, snowflake, STATUSES)
import rc_java

TOPICS = ['orders.events', 'payments.events', 'stock.events', 'shipping.events', 'cart.events', 'notifications.requests',
          'catalog.product-updates', 'ledger.postings', 'dbz.orders.public.orders', 'web.analytics']
GROUPS = ['orders-group', 'inventory-orders-listener', 'ledger-payments', 'notification-dispatcher', 'search-indexer',
          'reporting-etl', 'shipping-tracker', 'analytics-sink']
ETYPES = {
    'orders.events': ['OrderCreated', 'OrderConfirmed', 'OrderCancelled', 'OrderShipped'],
    'payments.events': ['PaymentAuthorized', 'PaymentCaptured', 'PaymentFailed', 'RefundIssued'],
    'stock.events': ['StockReserved', 'StockReleased', 'StockAdjusted'],
    'shipping.events': ['ShipmentCreated', 'LabelPrinted', 'TrackingUpdated'],
    'cart.events': ['ItemAdded', 'ItemRemoved', 'CouponApplied'],
    'notifications.requests': ['NotificationRequested'],
    'catalog.product-updates': ['ProductUpdated', 'PriceChanged'],
    'ledger.postings': ['JournalPosted'],
    'dbz.orders.public.orders': ['c', 'u'],
    'web.analytics': ['page_view', 'add_to_cart', 'search'],
}


def event_json(r, topic):
    et = r.choice(ETYPES[topic])
    oid = order_id(r)
    t = '2024-03-%02dT%02d:%02d:%02d.%03dZ' % (r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(1000))
    if topic.startswith('dbz.'):
        row = {'id': int(oid), 'status': r.choice(STATUSES), 'currency': r.choice(CURRENCIES), 'total_amount': '%d.%02d' % (r.randrange(1, 900), r.randrange(100)),
               'created_at': 1710000000000000 + r.randrange(10**13), 'version': r.randrange(0, 9)}
        o = {'before': None if et == 'c' else dict(row, status=r.choice(STATUSES)), 'after': row,
             'source': {'version': '2.5.2.Final', 'connector': 'postgresql', 'name': 'dbz', 'ts_ms': 1710000000000 + r.randrange(10**10), 'snapshot': 'false', 'db': 'orders',
                        'sequence': '["%d","%d"]' % (r.randrange(10**8, 10**9), r.randrange(10**8, 10**9)), 'schema': 'public', 'table': 'orders', 'txId': r.randrange(10**5, 10**7), 'lsn': r.randrange(10**8, 10**10), 'xmin': None},
             'op': et, 'ts_ms': 1710000000000 + r.randrange(10**10), 'transaction': None}
        return jdumps(o)
    if topic == 'web.analytics':
        o = {'event': et, 'anonymousId': uuid4(r), 'sessionId': hexs(r, 32), 'page': '/' + r.choice(('cart', 'checkout', 'c/audio', 'product/' + sku(r).lower())),
             'ts': t, 'props': {'sku': sku(r), 'position': r.randrange(1, 48), 'experiment': r.choice(('pdp-v2:control', 'pdp-v2:variant-b', 'search-ranking:v7'))}}
        return jdumps(o)
    payload = {'orderId': oid}
    if topic in ('orders.events', 'cart.events'):
        payload['items'] = [{'sku': sku(r), 'qty': r.randrange(1, 5), 'unitPriceMinor': r.randrange(199, 49999)} for _ in range(r.randrange(1, 5))]
        payload['currency'] = r.choice(CURRENCIES)
        payload['shippingCountry'] = r.choice(('DE', 'AT', 'NL', 'FR', 'PL', 'BE'))
    elif topic in ('payments.events', 'ledger.postings'):
        payload.update({'paymentId': uuid4(r), 'amountMinor': r.randrange(199, 99999), 'currency': r.choice(CURRENCIES), 'pspReference': hexs(r, 16).upper(), 'method': r.choice(('card', 'paypal', 'sepa_dd', 'klarna'))})
    elif topic == 'stock.events':
        payload.update({'sku': sku(r), 'warehouse': r.choice(WAREHOUSES), 'delta': r.randrange(-5, 50), 'reservationId': uuid4(r)})
    elif topic == 'shipping.events':
        payload.update({'shipmentId': snowflake(r), 'carrier': r.choice(CARRIERS), 'trackingNo': hexs(r, 12).upper(), 'parcels': r.randrange(1, 4)})
    elif topic == 'notifications.requests':
        payload.update({'template': r.choice(('order-confirmation', 'shipping-update', 'invoice')), 'channel': r.choice(('email', 'push', 'sms')), 'recipientRef': 'cust:%d' % r.randrange(10000, 9999999), 'locale': r.choice(('de-DE', 'en-GB', 'fr-FR'))})
    else:
        payload.update({'sku': sku(r), 'priceMinor': r.randrange(199, 99999), 'currency': r.choice(CURRENCIES), 'validFrom': t})
    o = {'eventId': uuid4(r), 'eventType': et, 'occurredAt': t, 'aggregateId': oid, 'aggregateVersion': r.randrange(1, 12), 'payload': payload,
         'meta': {'producer': r.choice(('orders-service', 'payment-service', 'inventory-service', 'shipping-api', 'cart-api')), 'schemaVersion': r.randrange(1, 5), 'traceparent': '00-%s-%s-01' % (trace_id(r), span_id(r))}}
    return jdumps(o)


def payload_b64(r, topic):
    if r.random() < 0.2:
        # Confluent wire format: magic 0 + schema id + Avro binary body
        n = r.randrange(40, 400)
        raw = b'\x00' + r.randrange(1, 900).to_bytes(4, 'big') + r.getrandbits(8 * n).to_bytes(n, 'big')
        return base64.b64encode(raw).decode()
    return base64.b64encode(event_json(r, topic).encode()).decode()


def _jsvc(r, cat):
    return r.choice(cat.by_lang['java'])


def _cid(r, group):
    return 'consumer-%s-%d' % (group, r.randrange(1, 4))


def _broker(r, cat):
    i = r.randrange(3)
    return cat.kafka_brokers[i], i


def client_debug(r, cat):
    svc = _jsvc(r, cat)
    g = r.choice(GROUPS)
    cid = _cid(r, g)
    topic = r.choice(TOPICS)
    part = r.randrange(12)
    off = r.randrange(10000, 90_000_000)
    host, bid = _broker(r, cat)
    k = r.randrange(9)
    tag = '[Consumer clientId=%s, groupId=%s] ' % (cid, g)
    if k < 2:
        size = r.randrange(0, 1_000_000)
        msg = tag + 'Fetch READ_UNCOMMITTED at offset %d for partition %s-%d returned fetch data PartitionData(partitionIndex=%d, errorCode=0, highWatermark=%d, lastStableOffset=%d, logStartOffset=%d, divergingEpoch=EpochEndOffset(epoch=-1, endOffset=-1), currentLeader=LeaderIdAndEpoch(leaderId=-1, leaderEpoch=-1), snapshotId=SnapshotId(endOffset=-1, epoch=-1), abortedTransactions=null, preferredReadReplica=-1, records=MemoryRecords(size=%d, buffer=java.nio.HeapByteBuffer[pos=0 lim=%d cap=%d]))' % (
            off, topic, part, part, off + r.randrange(0, 500), off + r.randrange(0, 500), r.randrange(0, off), size, size, size + r.randrange(0, 9))
        lg = 'org.apache.kafka.clients.consumer.internals.AbstractFetch'
    elif k < 4:
        msg = tag + 'Added READ_UNCOMMITTED fetch request for partition %s-%d at position FetchPosition{offset=%d, offsetEpoch=Optional[%d], currentLeader=LeaderAndEpoch{leader=Optional[%s:9092 (id: %d rack: eu-central-1%s)], epoch=%d}} to node %s:9092 (id: %d rack: eu-central-1%s)' % (
            topic, part, off, r.randrange(0, 30), host, bid, 'abc'[bid], r.randrange(0, 30), host, bid, 'abc'[bid])
        lg = 'org.apache.kafka.clients.consumer.internals.AbstractFetch'
    elif k < 5:
        msg = tag + 'Sending asynchronous auto-commit of offsets {%s}' % ', '.join("%s-%d=OffsetAndMetadata{offset=%d, leaderEpoch=%d, metadata=''}" % (topic, p, r.randrange(10000, 90_000_000), r.randrange(0, 30)) for p in sorted(r.sample(range(12), r.randrange(1, 4))))
        lg = 'org.apache.kafka.clients.consumer.internals.ConsumerCoordinator'
    elif k < 6:
        msg = tag + 'Committed offset %d for partition %s-%d' % (off, topic, part)
        lg = 'org.apache.kafka.clients.consumer.internals.ConsumerCoordinator'
    elif k < 7:
        msg = '[Producer clientId=producer-%d] Sending PRODUCE request with header RequestHeader(apiKey=PRODUCE, apiVersion=%d, clientId=producer-%d, correlationId=%d, headerVersion=2) and timeout 30000 to node %d: {acks=-1,timeout=30000,partitionSizes=[%s-%d=%d]}' % (
            r.randrange(1, 4), r.choice((9, 10)), r.randrange(1, 4), r.randrange(1, 10**6), bid, topic, part, r.randrange(80, 16000))
        lg = 'org.apache.kafka.clients.NetworkClient'
    elif k < 8:
        msg = tag + r.choice(('Successfully joined group with generation Generation{generationId=%d, memberId=\'%s-%s\', protocol=\'cooperative-sticky\'}' % (r.randrange(1, 200), cid, uuid4(r)),
                              'Request joining group due to: group is already rebalancing',
                              'Adding newly assigned partitions: %s' % ', '.join('%s-%d' % (topic, p) for p in sorted(r.sample(range(12), r.randrange(1, 5)))),
                              'Setting offset for partition %s-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{leader=Optional[%s:9092 (id: %d rack: null)], epoch=%d}}' % (topic, part, off, host, bid, r.randrange(0, 30)),
                              'Discovered group coordinator %s:9092 (id: %d rack: null)' % (host, 2147483647 - bid),
                              'Resetting offset for partition %s-%d to position FetchPosition{offset=0, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{leader=Optional[%s:9092 (id: %d rack: null)], epoch=%d}}.' % (topic, part, host, bid, r.randrange(0, 30))))
        lg = 'org.apache.kafka.clients.consumer.internals.ConsumerCoordinator'
    else:
        msg = tag + 'Received FETCH response from node %d for request with header RequestHeader(apiKey=FETCH, apiVersion=15, clientId=%s, correlationId=%d, headerVersion=2): FetchResponseData(throttleTimeMs=0, errorCode=0, sessionId=%d, responses=[])' % (bid, cid, r.randrange(1, 10**6), r.randrange(10**8, 2 * 10**9))
        lg = 'org.apache.kafka.clients.NetworkClient'
    lvl = 'INFO' if lg.endswith('Coordinator') and k == 7 else 'DEBUG'
    return rc_java.head(r, svc, lvl, lg, 'org.springframework.kafka.KafkaListenerEndpointContainer#%d-0-C-1' % r.randrange(0, 3)) + [msg + '\n']


def app_received(r, cat):
    svc = _jsvc(r, cat)
    topic = r.choice(TOPICS)
    et = r.choice(ETYPES[topic])
    msg1 = 'Received record topic=%s partition=%d offset=%d key=%s timestamp=' % (topic, r.randrange(12), r.randrange(10000, 90_000_000), order_id(r))
    msg2 = ' headers=[traceparent=00-%s-%s-01, eventType=%s, contentType=application/json] value(base64)=%s' % (trace_id(r), span_id(r), et, payload_b64(r, topic))
    return rc_java.head(r, svc, 'DEBUG', svc.pkg + '.messaging.KafkaRecordLogger', 'org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1') + [msg1, TS_EPOCH_MS, msg2 + '\n']


def kcat_json(r, cat):
    topic = r.choice(TOPICS)
    o = {'topic': topic, 'partition': r.randrange(12), 'offset': r.randrange(10000, 90_000_000), 'tstype': 'create', 'ts': TSN(TS_EPOCH_MS), 'broker': r.randrange(3),
         'headers': ['traceparent', '00-%s-%s-01' % (trace_id(r), span_id(r)), 'eventType', r.choice(ETYPES[topic])], 'key': order_id(r), 'payload': payload_b64(r, topic)}
    return to_pieces(jdumps(o) + '\n')


def zap_consumed(r, cat):
    svc = r.choice(cat.by_lang['go'])
    topic = r.choice(TOPICS)
    o = {'level': 'debug', 'ts': TSN(TS_EPOCH_FLOAT), 'logger': 'kafka', 'caller': 'internal/consumer/handler.go:%d' % r.randrange(40, 200), 'msg': 'consumed message',
         'topic': topic, 'partition': r.randrange(12), 'offset': r.randrange(10000, 90_000_000), 'key': base64.b64encode(order_id(r).encode()).decode(), 'value': payload_b64(r, topic),
         'lag': r.randrange(0, 5000), 'group': r.choice(GROUPS)}
    return to_pieces(jdumps(o) + '\n')


def kafkajs(r, cat):
    svc = r.choice(cat.by_lang['node'])
    k = r.randrange(4)
    g = r.choice(GROUPS)
    if k == 0:
        o = {'level': 'INFO', 'timestamp': TSM(TS_ISO_T_MS_Z), 'logger': 'kafkajs', 'message': '[ConsumerGroup] Consumer has joined the group', 'groupId': g, 'memberId': '%s-%s' % (svc.name, uuid4(r)),
             'leaderId': '%s-%s' % (svc.name, uuid4(r)), 'isLeader': r.random() < 0.3, 'memberAssignment': {r.choice(TOPICS): sorted(r.sample(range(12), 3))}, 'groupProtocol': 'RoundRobinAssigner', 'duration': r.randrange(30, 5000)}
    elif k == 1:
        o = {'level': 'DEBUG', 'timestamp': TSM(TS_ISO_T_MS_Z), 'logger': 'kafkajs', 'message': '[Connection] Request Fetch(key: 1, version: 11)', 'broker': '%s:9092' % r.choice(cat.kafka_brokers),
             'clientId': svc.name, 'correlationId': r.randrange(1, 10**6), 'expectResponse': True, 'size': r.randrange(100, 900)}
    elif k == 2:
        o = {'level': 'ERROR', 'timestamp': TSM(TS_ISO_T_MS_Z), 'logger': 'kafkajs', 'message': '[Runner] The group is rebalancing, re-joining', 'groupId': g, 'memberId': '%s-%s' % (svc.name, uuid4(r)),
             'error': 'The group is rebalancing, so a rejoin is needed', 'retryCount': 0, 'retryTime': r.randrange(200, 600)}
    else:
        topic = r.choice(TOPICS)
        o = {'level': 'INFO', 'timestamp': TSM(TS_ISO_T_MS_Z), 'logger': svc.name, 'message': 'eachMessage', 'topic': topic, 'partition': r.randrange(12), 'offset': str(r.randrange(10000, 90_000_000)),
             'value': payload_b64(r, topic)}
    return to_pieces(jdumps(o) + '\n')


def broker_log(r, cat):
    k = r.randrange(6)
    topic = r.choice(TOPICS)
    part = r.randrange(12)
    if k == 0:
        m = 'INFO [GroupCoordinator %d]: Preparing to rebalance group %s in state PreparingRebalance with old generation %d (__consumer_offsets-%d) (reason: Adding new member %s-%s with group instance id None; client reason: rebalance failed due to MemberIdRequiredException) (kafka.coordinator.group.GroupCoordinator)' % (
            r.randrange(3), r.choice(GROUPS), r.randrange(1, 300), r.randrange(50), 'consumer-x', uuid4(r))
    elif k == 1:
        m = 'INFO [LocalLog partition=%s-%d, dir=/var/lib/kafka/data] Rolled new log segment at offset %d in %d ms. (kafka.log.LocalLog)' % (topic, part, r.randrange(10**5, 10**8), r.randrange(0, 9))
    elif k == 2:
        m = 'INFO [UnifiedLog partition=%s-%d, dir=/var/lib/kafka/data] Deleting segment LogSegment(baseOffset=%d, size=%d, lastModifiedTime=%d, largestRecordTimestamp=Some(%d)) due to retention time 604800000ms breach based on the largest record timestamp in the segment (kafka.log.UnifiedLog)' % (
            topic, part, r.randrange(10**5, 10**8), r.randrange(10**6, 10**9), 1710000000000 + r.randrange(10**10), 1710000000000 + r.randrange(10**10))
    elif k == 3:
        m = 'INFO [GroupCoordinator %d]: Stabilized group %s generation %d (__consumer_offsets-%d) with %d members (kafka.coordinator.group.GroupCoordinator)' % (r.randrange(3), r.choice(GROUPS), r.randrange(1, 300), r.randrange(50), r.randrange(1, 6))
    elif k == 4:
        m = 'INFO [Partition %s-%d broker=%d] ISR updated to %s and version updated to %d (kafka.cluster.Partition)' % (topic, part, r.randrange(3), ','.join(str(x) for x in r.sample(range(3), r.randrange(2, 4))), r.randrange(1, 90))
    else:
        m = 'INFO [SocketServer listenerType=ZK_BROKER, nodeId=%d] Failed authentication with /%s (channelId=%s:9092-%s:%d-%d) (Unexpected Kafka request of type METADATA during SASL handshake.) (org.apache.kafka.common.network.Selector)' % (
            r.randrange(3), '10.244.%d.%d' % (r.randrange(8), r.randrange(2, 255)), '10.244.%d.%d' % (r.randrange(8), r.randrange(2, 255)), '10.244.%d.%d' % (r.randrange(8), r.randrange(2, 255)), r.randrange(32768, 61000), r.randrange(1, 900))
    return ['[', TS_ISO_SP_COMMA, '] ' + m + '\n']


CONSUMER_CONFIG = [
    ('allow.auto.create.topics', 'true'), ('auto.commit.interval.ms', '5000'), ('auto.include.jmx.reporter', 'true'),
    ('auto.offset.reset', 'earliest'), ('bootstrap.servers', '[%s]'), ('check.crcs', 'true'), ('client.dns.lookup', 'use_all_dns_ips'),
    ('client.id', '%s'), ('client.rack', ''), ('connections.max.idle.ms', '540000'), ('default.api.timeout.ms', '60000'),
    ('enable.auto.commit', 'false'), ('exclude.internal.topics', 'true'), ('fetch.max.bytes', '52428800'), ('fetch.max.wait.ms', '500'),
    ('fetch.min.bytes', '1'), ('group.id', '%s'), ('group.instance.id', 'null'), ('heartbeat.interval.ms', '3000'),
    ('interceptor.classes', '[]'), ('internal.leave.group.on.close', 'true'), ('isolation.level', 'read_uncommitted'),
    ('key.deserializer', 'class org.apache.kafka.common.serialization.StringDeserializer'), ('max.partition.fetch.bytes', '1048576'),
    ('max.poll.interval.ms', '300000'), ('max.poll.records', '500'), ('metadata.max.age.ms', '300000'), ('metric.reporters', '[]'),
    ('partition.assignment.strategy', '[class org.apache.kafka.clients.consumer.CooperativeStickyAssignor]'),
    ('receive.buffer.bytes', '65536'), ('reconnect.backoff.max.ms', '1000'), ('request.timeout.ms', '30000'), ('retry.backoff.ms', '100'),
    ('sasl.jaas.config', 'null'), ('sasl.mechanism', 'GSSAPI'), ('security.protocol', 'PLAINTEXT'), ('session.timeout.ms', '45000'),
    ('ssl.key.password', 'null'), ('ssl.keystore.password', 'null'), ('ssl.truststore.password', 'null'),
    ('ssl.endpoint.identification.algorithm', 'https'), ('ssl.protocol', 'TLSv1.3'),
    ('value.deserializer', 'class org.springframework.kafka.support.serializer.ErrorHandlingDeserializer'),
]


def consumer_config(r, cat, jaas=None):
    svc = _jsvc(r, cat)
    g = r.choice(GROUPS)
    cid = _cid(r, g)
    lines = []
    for kk, vv in CONSUMER_CONFIG:
        if kk == 'bootstrap.servers':
            vv = vv % ', '.join('%s:9092' % b for b in cat.kafka_brokers)
        elif kk in ('client.id', 'group.id'):
            vv = vv % (cid if kk == 'client.id' else g)
        lines.append('\t%s = %s' % (kk, vv))
    out = rc_java.head(r, svc, 'INFO', 'org.apache.kafka.clients.consumer.ConsumerConfig', 'main') + ['ConsumerConfig values: \n' + '\n'.join(lines) + '\n\n']
    out += rc_java.head(r, svc, 'INFO', 'org.apache.kafka.common.utils.AppInfoParser', 'main') + ['Kafka version: 3.6.1\n']
    out += rc_java.head(r, svc, 'INFO', 'org.apache.kafka.common.utils.AppInfoParser', 'main') + ['Kafka commitId: %s\n' % hexs(r, 16)]
    out += rc_java.head(r, svc, 'INFO', 'org.apache.kafka.common.utils.AppInfoParser', 'main') + ['Kafka startTimeMs: ', TS_EPOCH_MS, '\n']
    return out


# ---------------------------------------------------------------------------
# leaky kafka records
# ---------------------------------------------------------------------------
def leak_key_email(r, cat):
    svc = _jsvc(r, cat)
    topic = r.choice(('customers.changes', 'notifications.requests', 'newsletter.subscriptions'))
    return rc_java.head(r, svc, 'DEBUG', svc.pkg + '.messaging.KafkaRecordLogger', 'org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1') + \
        ['Received record topic=%s partition=%d offset=%d key=' % (topic, r.randrange(12), r.randrange(10000, 9_000_000)), V('email'),
         ' timestamp=', TS_EPOCH_MS, ' headers=[eventType=%s] value(base64)=%s\n' % (r.choice(('SubscriptionCreated', 'NotificationRequested', 'CustomerUpdated')), payload_b64(r, 'notifications.requests'))]


def leak_string_value(r, cat):
    svc = _jsvc(r, cat)
    kind = r.choice(('email', 'email', 'phone', 'iban', 'ipv4_public'))
    field = {'email': 'email', 'phone': 'phone', 'iban': 'iban', 'ipv4_public': 'signupIp'}[kind]
    o = {'eventId': uuid4(r), 'eventType': r.choice(('CustomerRegistered', 'CustomerUpdated', 'PayoutAccountChanged')), 'customerId': r.randrange(10000, 9999999), field: VM(kind), 'locale': r.choice(('de-DE', 'en-GB'))}
    return rc_java.head(r, svc, 'INFO', svc.pkg + '.messaging.CustomerEventsListener', 'org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1') + \
        ['ConsumerRecord(topic = customers.changes, partition = %d, leaderEpoch = %d, offset = %d, CreateTime = ' % (r.randrange(12), r.randrange(0, 30), r.randrange(10000, 9_000_000)),
         TS_EPOCH_MS, ', serialized key size = 7, serialized value size = %d, headers = RecordHeaders(headers = [], isReadOnly = false), key = %d, value = ' % (r.randrange(150, 400), o['customerId'])] + to_pieces(jdumps(o)) + [')\n']


def leak_jaas(r, cat):
    svc = _jsvc(r, cat)
    return rc_java.head(r, svc, 'DEBUG', svc.pkg + '.config.KafkaConfig', 'main') + \
        ['Kafka client properties: {bootstrap.servers=%s:9093, security.protocol=SASL_SSL, sasl.mechanism=SCRAM-SHA-512, sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="%s" password="' % (cat.kafka_brokers[0], svc.name),
         V('password'), '";}\n']


def leak_header_token(r, cat):
    topic = r.choice(TOPICS)
    o = {'topic': topic, 'partition': r.randrange(12), 'offset': r.randrange(10000, 90_000_000), 'tstype': 'create', 'ts': TSN(TS_EPOCH_MS), 'broker': r.randrange(3),
         'headers': ['authorization', 'Bearer ' + VM('jwt'), 'eventType', r.choice(ETYPES[topic])], 'key': order_id(r), 'payload': payload_b64(r, topic)}
    return to_pieces(jdumps(o) + '\n')


CLEAN = [
    ('kafka.client_debug', 0.42, client_debug, 20),
    ('kafka.app_received', 0.22, app_received, 12),
    ('kafka.kcat', 0.08, kcat_json, 20),
    ('kafka.zap_consumed', 0.12, zap_consumed, 12),
    ('kafka.kafkajs', 0.06, kafkajs, 8),
    ('kafka.broker', 0.07, broker_log, 10),
    ('kafka.consumer_config', 0.03, consumer_config, 1),
]

LEAKS = [
    (('email',), 6, leak_key_email),
    (('email', 'phone', 'iban', 'ipv4_public'), 10, leak_string_value),
    (('password',), 3, leak_jaas),
    (('jwt',), 3, leak_header_token),
]
