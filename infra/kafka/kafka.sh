#!/usr/bin/env bash
# The project's single-node KRaft Kafka broker, in its own JVM.
#   kafka.sh install                  resolve the broker jars (org.apache.kafka:kafka_2.13) into .summit/kafka-lib
#   kafka.sh start  [local|test]      format storage if new, start, wait until a producer can send
#   kafka.sh stop   [local|test]      stop by pid
#   kafka.sh status [local|test]      print state, exit 0 when running and ready
#   kafka.sh reset  [local|test|secure|deploy]  stop and delete the instance's data (test instances are reset per test run)
# Instances: local = 127.0.0.1:9092 (./summit up), test = 127.0.0.1:19092 (./summit test), secure =
# 127.0.0.1:29092 (./summit test: SASL_SSL with SCRAM-SHA-512 only, a self-signed certificate made here, one user
# "summit"; clients find their settings in .summit/kafka-secure/client.properties), deploy = 127.0.0.1:31092 (./summit
# verify-deploy: secured like "secure", for the containers of the deploy check). Overridable:
# SUMMIT_KAFKA_PORT, SUMMIT_KAFKA_CONTROLLER_PORT. Every port stays below Linux's ephemeral range (32768-60999):
# there, a client connection of a test run (or its TIME_WAIT) can hold the port and the broker fails to bind.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
state="${SUMMIT_STATE_DIR:-$root/.summit}"
lib="$state/kafka-lib"
kafka_version=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/pom.xml")
TOPICS=(summit.invitations summit.attendees summit.agenda summit.dlq summit.health)

cmd=${1:-status}
instance=${2:-local}
case "$instance" in
  local) port=${SUMMIT_KAFKA_PORT:-9092}; cport=${SUMMIT_KAFKA_CONTROLLER_PORT:-9093} ;;
  test)  port=${SUMMIT_KAFKA_PORT:-19092}; cport=${SUMMIT_KAFKA_CONTROLLER_PORT:-19093} ;;
  secure) port=${SUMMIT_KAFKA_PORT:-29092}; cport=${SUMMIT_KAFKA_CONTROLLER_PORT:-29093} ;;
  deploy) port=${SUMMIT_KAFKA_PORT:-31092}; cport=${SUMMIT_KAFKA_CONTROLLER_PORT:-31093} ;;
  *) echo "unknown instance '$instance' (local|test|secure|deploy)" >&2; exit 2 ;;
esac
data="$state/kafka-$instance"
pidfile="$data/kafka.pid"
bootstrap="127.0.0.1:$port"

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }
# instances that accept only SASL_SSL with SCRAM-SHA-512
secured() { [ "$instance" = secure ] || [ "$instance" = deploy ]; }

install() {
  local want; want="$kafka_version $(sha256sum "$here/pom.xml" | cut -c1-16)"
  if [ -f "$lib/.version" ] && [ "$(cat "$lib/.version")" = "$want" ]; then return 0; fi
  echo "kafka: resolving org.apache.kafka:kafka_2.13:$kafka_version ..."
  rm -rf "$lib"
  "$root/mvnw" -B -q -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$lib" >&2
  echo "$want" > "$lib/.version"
}

client_properties="$data/client.properties"
ready() {
  KAFKA_CLIENT_PROPERTIES=$(secured && echo "$client_properties" || true) \
    java -cp "$lib/*" "$here/KafkaReady.java" "$bootstrap" "${1:-60}" "${TOPICS[@]}"
}

# the secure instance: a self-signed certificate for 127.0.0.1, SASL_SSL with SCRAM-SHA-512 on the client listener
# (test-only secrets, made here and kept in the instance's data directory)
secure_password=summit-secure-test-only
secure_setup() {
  local tls="$data/tls"
  command -v keytool >/dev/null 2>&1 || { echo "kafka[secure]: keytool (part of the JDK) is needed" >&2; exit 1; }
  if [ ! -f "$tls/truststore.p12" ]; then
    mkdir -p "$tls"
    keytool -genkeypair -alias broker -keyalg RSA -keysize 2048 -validity 3650 -dname "CN=127.0.0.1" \
      -ext "SAN=ip:127.0.0.1,dns:localhost" -storetype PKCS12 -keystore "$tls/broker.p12" \
      -storepass "$secure_password" -keypass "$secure_password" >/dev/null 2>&1
    keytool -exportcert -alias broker -keystore "$tls/broker.p12" -storepass "$secure_password" -rfc \
      -file "$tls/ca.crt" >/dev/null 2>&1
    keytool -importcert -noprompt -alias ca -file "$tls/ca.crt" -storetype PKCS12 -keystore "$tls/truststore.p12" \
      -storepass "$secure_password" >/dev/null 2>&1
  fi
  local jaas="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"summit\" password=\"$secure_password\";"
  cat >> "$data/server.properties" <<PROPS
# --- secure instance (kafka.sh): SASL_SSL + SCRAM-SHA-512 for clients and between broker and itself
listeners=SASL_SSL://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=SASL_SSL://127.0.0.1:$port
listener.security.protocol.map=CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL
inter.broker.listener.name=SASL_SSL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=$jaas
ssl.keystore.location=$tls/broker.p12
ssl.keystore.type=PKCS12
ssl.keystore.password=$secure_password
ssl.key.password=$secure_password
ssl.truststore.location=$tls/truststore.p12
ssl.truststore.type=PKCS12
ssl.truststore.password=$secure_password
PROPS
  cat > "$client_properties" <<PROPS
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=$jaas
ssl.truststore.location=$tls/ca.crt
ssl.truststore.type=PEM
PROPS
}

start() {
  install
  if running; then echo "kafka[$instance]: already running (pid $(cat "$pidfile"))"; ready 60; return; fi
  local p
  for p in "$port" "$cport"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "kafka[$instance]: port $p is taken by another process (SUMMIT_KAFKA_PORT/SUMMIT_KAFKA_CONTROLLER_PORT move it)" >&2
      exit 1
    fi
  done
  mkdir -p "$data"
  sed -e "s:@PORT@:$port:g" -e "s:@CONTROLLER_PORT@:$cport:g" -e "s:@DATA_DIR@:$data:g" \
    "$here/server.properties.template" > "$data/server.properties"
  local scram=()
  if secured; then
    secure_setup
    scram=(--add-scram "SCRAM-SHA-512=[name=summit,password=$secure_password]")
  fi
  if [ ! -f "$data/log/meta.properties" ]; then
    cluster_id=$(java -cp "$lib/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    java -Dlog4j2.configurationFile="$here/log4j2.properties" -Dkafka.logs.dir="$data" -cp "$lib/*" \
      kafka.tools.StorageTool format -t "$cluster_id" -c "$data/server.properties" "${scram[@]}" \
      > "$data/format.log" 2>&1
  fi
  echo "kafka[$instance]: starting on $bootstrap (logs: $data/server.log)"
  nohup java -Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$here/log4j2.properties" -Dkafka.logs.dir="$data" \
    -cp "$lib/*" kafka.Kafka "$data/server.properties" > "$data/stdout.log" 2>&1 < /dev/null &
  echo $! > "$pidfile"
  if ! ready 90; then
    echo "kafka[$instance]: did not become ready; last log lines:" >&2
    tail -n 30 "$data/server.log" "$data/stdout.log" >&2 || true
    exit 1
  fi
}

stop() {
  if ! running; then rm -f "$pidfile"; echo "kafka[$instance]: not running"; return 0; fi
  local pid; pid=$(cat "$pidfile")
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
  echo "kafka[$instance]: stopped"
}

case "$cmd" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  reset) stop; rm -rf "$data"; echo "kafka[$instance]: data removed" ;;
  status)
    if running; then echo "kafka[$instance]: running (pid $(cat "$pidfile")) on $bootstrap"; else echo "kafka[$instance]: stopped"; exit 1; fi ;;
  *) echo "usage: $0 {install|start|stop|status|reset} [local|test|secure]" >&2; exit 2 ;;
esac
