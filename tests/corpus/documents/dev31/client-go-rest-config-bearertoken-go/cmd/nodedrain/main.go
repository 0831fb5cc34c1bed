package main

import (
	"context"
	"fmt"
	"log"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
)

func main() {
	cfg := &rest.Config{
		Host:        "https://10.20.0.1:6443",
		BearerToken: "eyJhbGciOiJSUzI1NiIsImtpZCI6ImZTYWVPOVlyQkxYRnZrTDYzeGgyNnNianB6YUl6RUExbENLdV9fM3Q4emIiLCJ0eXAiOiJKV1QifQ.eyJhdWQiOlsiaHR0cHM6Ly9rdWJlcm5ldGVzLmRlZmF1bHQuc3ZjLmNsdXN0ZXIubG9jYWwiXSwiZXhwIjoxODI1NzQ3MjAwLCJpYXQiOjE3OTQyMTEyMDAsImlzcyI6Imh0dHBzOi8va3ViZXJuZXRlcy5kZWZhdWx0LnN2Yy5jbHVzdGVyLmxvY2FsIiwia3ViZXJuZXRlcy5pbyI6eyJuYW1lc3BhY2UiOiJvcHMiLCJzZXJ2aWNlYWNjb3VudCI6eyJuYW1lIjoibm9kZWRyYWluIiwidWlkIjoiZmZmNWYyN2QtZjExNC00MjI4LWEwZGYtN2I4ZDY3ZTI3MzdkIn19LCJuYmYiOjE3OTQyMTEyMDAsInN1YiI6InN5c3RlbTpzZXJ2aWNlYWNjb3VudDpvcHM6bm9kZWRyYWluIn0.nVSxCflW6xrNm63kgyixZIlbAd3wjQYxPGj169Ca47BaAElbghvNGI8A_5ryKErTKDed08hYr9XzZGCaKnki5XtFzJNK9A5DoOWjXHeGm66Ywo97AdSsDKgV2xuFrQGOpCZ9CvCAJDLAs_j-_d-CenyY54nrbZ47Mdr-4yO40nF6mlNby6VFBc0Z57yBoFSEpr_NdRGcDKh1vAXDbsfYskFyGXXMemNp9wjHx03nxcF34RqHZcVpLDJPVGcLVUMGVrPajDne7izUsEZ6bn_4_6lIvx1xyiLOxf0-y9ezx1aoa4qLpTkTpazT_i7BkOZ5lsx1Fa9Vy-4laWVQe2dH9A",
		TLSClientConfig: rest.TLSClientConfig{
			CAFile: "/etc/nodedrain/ca.crt",
		},
		QPS:   20,
		Burst: 40,
	}
	cs, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		log.Fatal(err)
	}
	nodes, err := cs.CoreV1().Nodes().List(context.Background(), metav1.ListOptions{LabelSelector: "pool=batch"})
	if err != nil {
		log.Fatal(err)
	}
	for _, n := range nodes.Items {
		fmt.Println(n.Name, n.Spec.Unschedulable)
	}
}
