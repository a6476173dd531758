package main

import (
	"os/exec"
	"syscall"
)

// setChildAttrs makes the FerretDB child stop when the supervisor dies, even by SIGKILL.
func setChildAttrs(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
}
