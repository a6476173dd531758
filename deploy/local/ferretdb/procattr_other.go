//go:build !linux

package main

import "os/exec"

// setChildAttrs: no parent-death signal outside Linux; the supervisor forwards SIGINT/SIGTERM.
func setChildAttrs(_ *exec.Cmd) {}
