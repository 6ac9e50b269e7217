//! The real binary on a free port, fetched over TCP.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

pub(crate) fn start(args: &[&str]) -> Server {
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let child = Command::new(env!("CARGO_BIN_EXE_summit-briefing"))
        .args(args)
        .args(["--addr", &addr])
        .current_dir(std::env::temp_dir())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the binary");
    let server = Server {
        child,
        base: format!("http://{addr}"),
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if ureq::get(&format!("{}/healthz", server.base))
            .call()
            .is_ok()
        {
            return server;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("the server did not answer /healthz within 20 s");
}

pub(crate) fn fetch(url: &str) -> (u16, String) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let mut response = agent.get(url).call().expect("a response");
    let status = response.status().as_u16();
    let body = response.body_mut().read_to_string().expect("a body");
    (status, body)
}

#[test]
fn the_binary_serves_the_embedded_briefing_from_any_directory() {
    let server = start(&["serve"]);
    let (status, body) = fetch(&format!("{}/", server.base));
    assert_eq!(status, 200);
    assert!(body.contains("href=\"/countries/kazakhstan\""));
    let (status, _) = fetch(&format!("{}/countries/japan", server.base));
    assert_eq!(status, 200);
    let (status, body) = fetch(&format!("{}/nowhere", server.base));
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"));
}

#[test]
fn the_binary_serves_another_data_directory() {
    let dir = crate::manifest_dir().join("tests/fixtures/minimal");
    let server = start(&["serve", "--data", dir.to_str().expect("UTF-8 path")]);
    let (status, body) = fetch(&format!("{}/timeline", server.base));
    assert_eq!(status, 200);
    assert!(body.contains("id=\"dialogue-launch\""));
    // The fixture has no Uzbekistan, unlike the shipped briefing.
    let (status, _) = fetch(&format!("{}/countries/uzbekistan", server.base));
    assert_eq!(status, 404);
}

#[test]
fn check_names_file_and_line_of_broken_data_and_exits_non_zero() {
    let copy = crate::DataCopy::minimal();
    copy.replace(
        "events.toml",
        "countries = [\"japan\", \"kazakhstan\"]",
        "countries = [\"japan\", \"kazakstan\"]",
    );
    let out = Command::new(env!("CARGO_BIN_EXE_summit-briefing"))
        .args(["check", "--data"])
        .arg(copy.dir.path())
        .output()
        .expect("run check");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("events.toml:9:23: error: unknown country `kazakstan`"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `kazakhstan`?"), "{stderr}");
}

#[test]
fn serve_refuses_to_start_on_broken_data() {
    let copy = crate::DataCopy::minimal();
    copy.write("events.toml", "[[event]\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_summit-briefing"))
        .args(["serve", "--addr", "127.0.0.1:0", "--data"])
        .arg(copy.dir.path())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start");
    let status = child.wait().expect("exit");
    assert!(!status.success());
    let lines: Vec<String> = BufReader::new(child.stderr.take().expect("stderr"))
        .lines()
        .map_while(Result::ok)
        .collect();
    assert!(
        lines.iter().any(|l| l.contains("events.toml:1:")),
        "{lines:#?}"
    );
}
