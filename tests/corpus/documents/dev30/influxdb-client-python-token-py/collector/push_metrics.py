from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

client = InfluxDBClient(url="http://influx.vaxthus.lan:8086", token="EvjP8UmUG4R22lpngvq2xS6tdIJVG0aS0d4LiyFwTbcDxzkKqUQz_XNIy-yfHkH1xcM8eqpuGKdvelRqd8ziAK==", org="vaxthus")
write = client.write_api(write_options=SYNCHRONOUS)
# separate read token for the grafana datasource test below
reader = InfluxDBClient(url="http://influx.vaxthus.lan:8086", token="DPw5P50WS3-1O6ya6NwxTM4nqH-OfuBTNww7e5gFciNG-vA421simjTwVhkhYrouxubaX_CnUaMIMaCN0m3cvd==", org="vaxthus")


def push(sensor: str, temp: float, hum: float) -> None:
    write.write(bucket="klimat", record=Point("klimat").tag("sensor", sensor).field("temp", temp).field("fukt", hum))
