module hwb.test/fake-envoy

go 1.22
