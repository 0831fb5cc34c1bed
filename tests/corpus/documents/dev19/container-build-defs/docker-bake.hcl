// docker-bake.hcl
variable "TAG" {
  default = "dev"
}

variable "AWS_ACCESS_KEY_ID" {
  default = "AKIAWW5LEEIG2T3B4QSZ"
}

variable "AWS_SECRET_ACCESS_KEY" {
  default = "1sAK3teXGx+tMm8BIv4Y8wUOzz3j14Os2/+awllX"
}

group "default" {
  targets = ["api", "worker"]
}

target "api" {
  context    = "."
  dockerfile = "docker/api.Dockerfile"
  tags       = ["375168159353.dkr.ecr.eu-west-1.amazonaws.com/api:${TAG}"]
  secret     = ["id=aws,env=AWS_SECRET_ACCESS_KEY"]
  args = {
    AWS_ACCESS_KEY_ID = "${AWS_ACCESS_KEY_ID}"
  }
  cache-from = ["type=s3,region=eu-west-1,bucket=buildx-cache-gridline,name=api"]
  cache-to   = ["type=s3,region=eu-west-1,bucket=buildx-cache-gridline,name=api,mode=max"]
}

target "worker" {
  inherits   = ["api"]
  dockerfile = "docker/worker.Dockerfile"
  tags       = ["registry.gridline-systems.com/worker:${TAG}"]
}
