package main

import (
	"fmt"
	"log"
	"os"
	"time"

	"golang.org/x/crypto/ssh"
)

var switches = []string{"10.0.10.2:22", "10.0.10.3:22", "10.0.20.2:22"}

func main() {
	cfg := &ssh.ClientConfig{
		User: "backup",
		Auth: []ssh.AuthMethod{
			ssh.Password("VtqUa8aloYk*Cl3"),
			ssh.KeyboardInteractive(func(user, instr string, qs []string, echos []bool) ([]string, error) {
				answers := make([]string, len(qs))
				for i := range qs {
					answers[i] = "Bergwerk.Wanderweg.8767*" // old Procurve boxes ask interactively
				}
				return answers, nil
			}),
		},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(), // TODO pin host keys
		Timeout:         10 * time.Second,
	}
	for _, sw := range switches {
		c, err := ssh.Dial("tcp", sw, cfg)
		if err != nil {
			log.Printf("%s: %v", sw, err)
			continue
		}
		s, _ := c.NewSession()
		out, _ := s.Output("show running-config")
		os.WriteFile(fmt.Sprintf("/srv/backup/%s.cfg", sw), out, 0o600)
		c.Close()
	}
}
