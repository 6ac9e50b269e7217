//! The accept loop over real sockets: slow clients are cut off, connections are capped, hyper
//! refuses oversized heads, requests under way finish on shutdown, and the real binary exits 0 on
//! SIGTERM and SIGINT.
//!
//! Timeouts here are short in the server and long in the client, so a slow machine makes these
//! tests slower, never wrong.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::routing::get;
use summit_briefing::ServerConfig;
use summit_briefing::security::{self, Hardening};
use summit_briefing::server::serve_on;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, oneshot};

/// Long enough that only a broken server makes a test wait this long.
const PATIENCE: Duration = Duration::from_secs(20);

struct Running {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    done: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Running {
    async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        tokio::time::timeout(PATIENCE, self.done)
            .await
            .expect("the server stops")
            .expect("the task ends")
            .expect("serve_on returns Ok");
    }
}

async fn run(app: impl Into<summit_briefing::App>, config: ServerConfig) -> Running {
    let app = app.into();
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    let (stop, stopped) = oneshot::channel::<()>();
    let done = tokio::spawn(async move {
        serve_on(listener, app, &config, async {
            let _ = stopped.await;
        })
        .await
    });
    Running {
        addr,
        stop: Some(stop),
        done,
    }
}

fn test_app() -> Router {
    security::harden(
        Router::new().route("/", get(|| async { "hello" })).route(
            "/panic",
            get(|| async {
                if true {
                    panic!("a bug");
                }
                "unreachable"
            }),
        ),
        &Hardening::default(),
    )
}

/// Reads until the server closes the connection, and returns what it sent.
async fn read_until_closed(stream: &mut TcpStream) -> String {
    let mut out = Vec::new();
    tokio::time::timeout(PATIENCE, stream.read_to_end(&mut out))
        .await
        .expect("the server closes the connection")
        .ok();
    String::from_utf8_lossy(&out).into_owned()
}

async fn get_over_tcp(addr: SocketAddr, path: &str) -> String {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let request = format!("GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
    stream
        .write_all(request.as_bytes())
        .await
        .expect("send a request");
    read_until_closed(&mut stream).await
}

#[tokio::test]
async fn a_client_that_stalls_in_its_headers_is_disconnected() {
    let server = run(
        test_app(),
        ServerConfig {
            header_read_timeout: Duration::from_millis(200),
            ..ServerConfig::default()
        },
    )
    .await;
    let mut slow = TcpStream::connect(server.addr).await.expect("connect");
    slow.write_all(b"GET / HTTP/1.1\r\nHost: test\r\nX-Slow: ")
        .await
        .expect("send part of a request");
    let answer = read_until_closed(&mut slow).await;
    assert!(!answer.contains("200 OK"), "{answer}");
    // Others are still served.
    assert!(
        get_over_tcp(server.addr, "/")
            .await
            .starts_with("HTTP/1.1 200")
    );
    server.shutdown().await;
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed_after_the_header_timeout() {
    let server = run(
        test_app(),
        ServerConfig {
            header_read_timeout: Duration::from_millis(200),
            ..ServerConfig::default()
        },
    )
    .await;
    let mut idle = TcpStream::connect(server.addr).await.expect("connect");
    idle.write_all(b"GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        .await
        .expect("send a request");
    let answer = read_until_closed(&mut idle).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    server.shutdown().await;
}

/// The header timeout bounds the whole head, not the wait for each byte: a client that sends
/// one byte of it every 50 ms (slowloris) is disconnected once the head is late, although it
/// never stops sending.
#[tokio::test]
async fn a_client_that_trickles_its_headers_is_disconnected_at_the_header_timeout() {
    let server = run(
        test_app(),
        ServerConfig {
            header_read_timeout: Duration::from_millis(300),
            ..ServerConfig::default()
        },
    )
    .await;
    let stream = TcpStream::connect(server.addr).await.expect("connect");
    let (mut read, mut write) = stream.into_split();
    let trickle = tokio::spawn(async move {
        write
            .write_all(b"GET / HTTP/1.1\r\nHost: test\r\nX-Slow: ")
            .await
            .expect("send part of a request");
        // Well under the size limit before the test's patience runs out.
        while write.write_all(b"a").await.is_ok() {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    });
    let started = Instant::now();
    let mut out = Vec::new();
    tokio::time::timeout(PATIENCE, read.read_to_end(&mut out))
        .await
        .expect("the server closes the connection while the client still sends")
        .ok();
    assert!(out.is_empty(), "{}", String::from_utf8_lossy(&out));
    assert!(started.elapsed() >= Duration::from_millis(250));
    trickle.abort();
    server.shutdown().await;
}

/// The header timeout runs while the server waits for a request, not while it answers: an
/// answer that takes longer than the timeout to prepare is sent.
#[tokio::test]
async fn an_answer_slower_than_the_header_timeout_is_still_sent() {
    let app = Router::new().route(
        "/slow",
        get(|| async {
            tokio::time::sleep(Duration::from_millis(800)).await;
            "late"
        }),
    );
    let server = run(
        app,
        ServerConfig {
            header_read_timeout: Duration::from_millis(200),
            ..ServerConfig::default()
        },
    )
    .await;
    let answer = get_over_tcp(server.addr, "/slow").await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.ends_with("late"), "{answer}");
    server.shutdown().await;
}

/// Nor while the client reads the answer: a large answer read slowly (over several header
/// timeouts, but never stalling for the write timeout) arrives whole, on a keep-alive
/// connection; then the idle connection is closed by the header timeout.
#[tokio::test]
async fn an_answer_read_slower_than_the_header_timeout_arrives_whole() {
    const SIZE: usize = 2 << 20;
    let big = axum::body::Bytes::from(vec![b'x'; SIZE]);
    let app = Router::new().route("/big", get(move || std::future::ready(big.clone())));
    let server = run(
        app,
        ServerConfig {
            header_read_timeout: Duration::from_millis(200),
            write_timeout: Duration::from_secs(60),
            ..ServerConfig::default()
        },
    )
    .await;
    let mut slow = connect_reading_slowly(server.addr).await;
    slow.write_all(b"GET /big HTTP/1.1\r\nHost: test\r\n\r\n")
        .await
        .expect("send");
    let started = Instant::now();
    let mut out = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    tokio::time::timeout(PATIENCE, async {
        loop {
            match slow.read(&mut chunk).await {
                Ok(0) | Err(_) => break,
                Ok(n) => out.extend_from_slice(&chunk[..n]),
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .expect("the server closes the idle connection in the end");
    let head_end = out
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("an answer head")
        + 4;
    let head = String::from_utf8_lossy(&out[..head_end]);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert_eq!(
        out.len() - head_end,
        SIZE,
        "the whole body, read over {:?}",
        started.elapsed()
    );
    server.shutdown().await;
}

/// At the cap a new client is refused at once (a bare 503, or the connection closed) instead of
/// waiting in the kernel's queue behind the connections that fill it; it is served once a slot
/// is free again.
#[tokio::test]
async fn clients_over_the_connection_cap_are_refused_at_once_and_served_when_a_slot_frees() {
    let server = run(
        test_app(),
        ServerConfig {
            max_connections: 1,
            header_read_timeout: Duration::from_secs(60),
            ..ServerConfig::default()
        },
    )
    .await;
    let holder = TcpStream::connect(server.addr).await.expect("connect");
    let mut refused = TcpStream::connect(server.addr).await.expect("connect");
    // No request sent: the refusal must not depend on one. The server closes the connection.
    let answer = read_until_closed(&mut refused).await;
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 503"),
        "{answer}"
    );
    drop(holder);
    served_eventually(server.addr, None).await;
    server.shutdown().await;
}

/// GETs `/` (from `local`, if given) until it is answered 200; panics after [`PATIENCE`].
async fn served_eventually(addr: SocketAddr, local: Option<std::net::IpAddr>) {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let socket = tokio::net::TcpSocket::new_v4().expect("a socket");
        if let Some(ip) = local {
            socket.bind(SocketAddr::new(ip, 0)).expect("bind");
        }
        let mut stream = socket.connect(addr).await.expect("connect");
        let _ = stream
            .write_all(b"GET / HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
            .await;
        let answer = read_until_closed(&mut stream).await;
        if answer.starts_with("HTTP/1.1 200") {
            return;
        }
        assert!(Instant::now() < deadline, "never served: {answer}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// One host filling its share with half-sent requests is refused past its limit, at once,
/// while another host (127.0.0.2, also loopback) is answered normally.
#[tokio::test]
async fn one_hosts_connection_flood_does_not_keep_another_host_waiting() {
    let limit = 20;
    let server = run(
        test_app(),
        ServerConfig {
            max_connections: 1024,
            max_connections_per_ip: limit,
            header_read_timeout: Duration::from_secs(60),
            ..ServerConfig::default()
        },
    )
    .await;
    let mut flood = Vec::new();
    for _ in 0..limit {
        let mut stream = TcpStream::connect(server.addr).await.expect("connect");
        stream
            .write_all(b"GET / HTTP/1.1\r\nHost: test\r\nX-Slow: ")
            .await
            .expect("half a request");
        flood.push(stream);
    }
    // Past its limit, the flooding host is refused (closed, or a 503), not queued.
    let mut over = TcpStream::connect(server.addr).await.expect("connect");
    let answer = read_until_closed(&mut over).await;
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 503"),
        "{answer}"
    );
    // Another host is served while the flood holds its connections.
    served_eventually(server.addr, Some([127, 0, 0, 2].into())).await;
    // The flood's half-sent requests are still waiting, not answered or dropped.
    let mut byte = [0u8; 1];
    let still_open =
        tokio::time::timeout(Duration::from_millis(50), flood[0].read(&mut byte)).await;
    assert!(still_open.is_err(), "the flood's connections are kept");
    drop(flood);
    // Once the flood ends, its host is served again.
    served_eventually(server.addr, None).await;
    server.shutdown().await;
}

/// A client that asks for a large answer and reads none of it loses its connection once writing
/// has made no progress for the write timeout. With a single slot, the next client being served
/// (after refusals while the slot is held) shows it, without depending on the machine's speed.
#[tokio::test]
async fn a_client_that_reads_nothing_loses_its_connection_after_the_write_timeout() {
    let big = axum::body::Bytes::from(vec![b'x'; 16 << 20]);
    let app = Router::new()
        .route("/big", get(move || std::future::ready(big.clone())))
        .route("/", get(|| async { "hello" }));
    let server = run(
        app,
        ServerConfig {
            max_connections: 1,
            write_timeout: Duration::from_millis(200),
            header_read_timeout: Duration::from_secs(60),
            ..ServerConfig::default()
        },
    )
    .await;
    let mut never_reads = connect_reading_slowly(server.addr).await;
    never_reads
        .write_all(b"GET /big HTTP/1.1\r\nHost: test\r\n\r\n")
        .await
        .expect("send");
    // Refused while the reader that reads nothing holds the only slot; served once it lost it.
    served_eventually(server.addr, None).await;
    drop(never_reads);
    server.shutdown().await;
}

#[tokio::test]
async fn hyper_refuses_an_oversized_request_head_with_431() {
    let server = run(test_app(), ServerConfig::default()).await;
    let big = "a".repeat(ServerConfig::default().max_head_bytes + 1);
    let mut stream = TcpStream::connect(server.addr).await.expect("connect");
    let request = format!("GET / HTTP/1.1\r\nHost: test\r\nX-Big: {big}\r\n\r\n");
    // The server may close before reading it all; the answer is what counts.
    let _ = stream.write_all(request.as_bytes()).await;
    let answer = read_until_closed(&mut stream).await;
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");

    let many: String = (0..ServerConfig::default().max_headers + 1)
        .map(|i| format!("X-H{i}: 1\r\n"))
        .collect();
    let mut stream = TcpStream::connect(server.addr).await.expect("connect");
    let request = format!("GET / HTTP/1.1\r\nHost: test\r\n{many}\r\n");
    let _ = stream.write_all(request.as_bytes()).await;
    let answer = read_until_closed(&mut stream).await;
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
    server.shutdown().await;
}

#[tokio::test]
async fn garbage_instead_of_http_is_a_400_and_the_server_carries_on() {
    let server = run(test_app(), ServerConfig::default()).await;
    let mut stream = TcpStream::connect(server.addr).await.expect("connect");
    stream
        .write_all(b"\x00\x01\x02 this is not HTTP\r\n\r\n")
        .await
        .expect("send");
    let answer = read_until_closed(&mut stream).await;
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert!(
        get_over_tcp(server.addr, "/")
            .await
            .starts_with("HTTP/1.1 200")
    );
    server.shutdown().await;
}

#[tokio::test]
async fn a_panic_in_a_handler_is_a_500_and_the_server_keeps_serving() {
    let server = run(test_app(), ServerConfig::default()).await;
    for _ in 0..3 {
        let answer = get_over_tcp(server.addr, "/panic").await;
        assert!(answer.starts_with("HTTP/1.1 500"), "{answer}");
        assert!(answer.contains("Something went wrong on our side"));
    }
    assert!(
        get_over_tcp(server.addr, "/")
            .await
            .starts_with("HTTP/1.1 200")
    );
    server.shutdown().await;
}

#[tokio::test]
async fn a_request_under_way_finishes_when_shutdown_begins_and_new_ones_are_refused() {
    let entered = Arc::new(Notify::new());
    let release = Arc::new(Notify::new());
    let app = {
        let entered = entered.clone();
        let release = release.clone();
        Router::new().route(
            "/slow",
            get(move || {
                let entered = entered.clone();
                let release = release.clone();
                async move {
                    entered.notify_one();
                    release.notified().await;
                    "finished"
                }
            }),
        )
    };
    let mut server = run(app, ServerConfig::default()).await;
    let addr = server.addr;
    let client = tokio::spawn(async move { get_over_tcp(addr, "/slow").await });
    tokio::time::timeout(PATIENCE, entered.notified())
        .await
        .expect("the request reaches its handler");
    let _ = server.stop.take().expect("not stopped yet").send(());
    // Shutdown has begun: once the listener is closed, new connections are refused.
    let deadline = Instant::now() + PATIENCE;
    while TcpStream::connect(addr).await.is_ok() {
        assert!(Instant::now() < deadline, "still accepting after shutdown");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        !server.done.is_finished(),
        "waits for the request under way"
    );
    release.notify_one();
    let answer = tokio::time::timeout(PATIENCE, client)
        .await
        .expect("the request finishes")
        .expect("the client task");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.ends_with("finished"), "{answer}");
    server.shutdown().await;
}

fn signal(pid: u32, name: &str) {
    let status = std::process::Command::new("kill")
        .args([&format!("-{name}"), &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -{name} {pid}");
}

fn wait_for_exit(server: &mut crate::server::Server) -> std::process::ExitStatus {
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(status) = server.child.try_wait().expect("wait") {
            return status;
        }
        assert!(Instant::now() < deadline, "the server did not exit");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn sigterm_and_sigint_stop_the_binary_with_exit_0() {
    for name in ["TERM", "INT"] {
        let mut server = crate::server::start(&["serve"]);
        // An idle keep-alive connection must not hold the shutdown up.
        let idle = std::net::TcpStream::connect(server.base.trim_start_matches("http://"))
            .expect("connect");
        signal(server.child.id(), name);
        let status = wait_for_exit(&mut server);
        assert!(status.success(), "SIG{name}: {status}");
        drop(idle);
    }
}

#[test]
fn the_binary_sends_the_security_headers_and_no_server_version() {
    let server = crate::server::start(&["serve"]);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    for path in ["/", "/nowhere", "/static/icon.svg"] {
        let response = agent
            .get(&format!("{}{path}", server.base))
            .call()
            .expect("a response");
        let headers = response.headers();
        for (name, value) in security::security_headers(false) {
            assert_eq!(
                headers.get(name.as_str()).map(|v| v.as_bytes()),
                Some(value.as_bytes()),
                "{path}: {name}"
            );
        }
        assert!(headers.get("server").is_none(), "{path}: Server header");
    }
}

#[test]
fn hsts_flag_adds_strict_transport_security() {
    let server = crate::server::start(&["serve", "--hsts"]);
    let response = ureq::get(&format!("{}/", server.base))
        .call()
        .expect("a response");
    assert_eq!(
        response
            .headers()
            .get("strict-transport-security")
            .and_then(|v| v.to_str().ok()),
        Some(security::STRICT_TRANSPORT_SECURITY)
    );
}

/// The binary on a free port with its standard error set up by the caller; its stdout is null.
fn spawn_binary(mut command: std::process::Command, args: &[&str]) -> crate::server::Server {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port");
    let addr = format!("127.0.0.1:{port}");
    let child = command
        .args(args)
        .args(["--addr", &addr])
        .current_dir(std::env::temp_dir())
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("start the binary");
    let mut server = crate::server::Server {
        child,
        base: format!("http://{addr}"),
    };
    let deadline = Instant::now() + PATIENCE;
    while ureq::get(&format!("{}/healthz", server.base))
        .call()
        .is_err()
    {
        if let Some(status) = server.child.try_wait().expect("wait") {
            panic!("the binary exited before answering: {status}");
        }
        assert!(Instant::now() < deadline, "no answer within {PATIENCE:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
    server
}

fn health(server: &crate::server::Server) -> serde_json::Value {
    let (status, body) = crate::server::fetch(&format!("{}/healthz", server.base));
    assert_eq!(status, 200);
    serde_json::from_str(&body).expect("healthz is JSON")
}

/// With standard error a broken pipe (its reader gone) or closed, the server starts, serves,
/// reloads edited data, counts the log lines it had to drop, and drains and exits 0 on SIGTERM.
#[test]
fn a_broken_or_closed_stderr_neither_stops_serving_nor_reloading_nor_a_clean_exit() {
    for case in ["broken pipe", "closed"] {
        let copy = crate::DataCopy::minimal();
        let dir = copy.dir.path().to_str().expect("UTF-8 path").to_owned();
        let command = if case == "broken pipe" {
            let (reader, writer) = std::io::pipe().expect("a pipe");
            drop(reader);
            let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_summit-briefing"));
            command.stderr(writer);
            command
        } else {
            let mut command = std::process::Command::new("sh");
            command
                .args(["-c", "exec \"$0\" \"$@\" 2>&-"])
                .arg(env!("CARGO_BIN_EXE_summit-briefing"));
            command
        };
        let mut server = spawn_binary(command, &["serve", "--data", &dir]);
        copy.replace(
            "events.toml",
            "The Dialogue is launched in Astana",
            "Edited with no stderr",
        );
        let deadline = Instant::now() + PATIENCE;
        while !crate::server::fetch(&format!("{}/timeline/dialogue-launch", server.base))
            .1
            .contains("Edited with no stderr")
        {
            assert!(
                Instant::now() < deadline,
                "{case}: the edit is never served"
            );
            std::thread::sleep(Duration::from_millis(25));
        }
        // The report is updated just after the swap: wait for it too.
        while health(&server)["reload"]["reloads"].as_u64() < Some(1) {
            assert!(
                Instant::now() < deadline,
                "{case}: the reload is never counted"
            );
            std::thread::sleep(Duration::from_millis(25));
        }
        let health = health(&server);
        assert_eq!(health["status"], "ok", "{case}: {health}");
        if case == "broken pipe" {
            assert!(
                health["reload"]["log_lines_dropped"].as_u64() >= Some(2),
                "{case}: the start and the reload were logged and dropped: {health}"
            );
        }
        signal(server.child.id(), "TERM");
        let status = wait_for_exit(&mut server);
        assert!(status.success(), "{case}: SIGTERM: {status}");
    }
}

#[test]
fn logs_to_a_pipe_carry_no_colour_codes() {
    use std::io::Read;
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_summit-briefing"));
    command.stderr(std::process::Stdio::piped());
    let mut server = spawn_binary(command, &["serve"]);
    signal(server.child.id(), "TERM");
    assert!(wait_for_exit(&mut server).success());
    let mut log = String::new();
    server
        .child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut log)
        .expect("read the log");
    assert!(log.contains("serving the briefing"), "{log}");
    assert!(log.contains("INFO"), "{log}");
    assert!(!log.contains('\u{1b}'), "ANSI escape in the log: {log:?}");
}

/// One GET over a fresh connection from `local` (or the default address); the status line.
async fn status_of(addr: SocketAddr, local: Option<std::net::IpAddr>, path: &str) -> String {
    let socket = tokio::net::TcpSocket::new_v4().expect("a socket");
    if let Some(ip) = local {
        socket.bind(SocketAddr::new(ip, 0)).expect("bind");
    }
    let mut stream = socket.connect(addr).await.expect("connect");
    let request = format!("GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.expect("send");
    let answer = read_until_closed(&mut stream).await;
    answer.lines().next().unwrap_or_default().to_owned()
}

/// A stranger sending unique filter links spends its own allowance of new renders and is then
/// told to wait (429), while another host still gets new views rendered and views already made
/// are served to everyone at once.
#[tokio::test]
async fn unique_filter_links_from_one_host_cannot_exhaust_the_renderers() {
    // A small allowance, so that a few dozen links show it (the default, 300 in a row and 5 a
    // second, lets a crawler follow every filter link of the site).
    let source = summit_briefing::model::DataSource::Embedded;
    let state = summit_briefing::AppState::new(
        source.load().expect("loads"),
        source,
        summit_briefing::Config {
            today: Some(crate::test_today()),
            precompress: summit_briefing::Precompress::OnDemand,
            render_burst: 20.0,
            render_per_second: 2.0,
            ..summit_briefing::Config::default()
        },
    );
    let server = run(summit_briefing::app(state), ServerConfig::default()).await;
    let mut statuses = Vec::new();
    let mut first = None;
    'outer: for country in [
        "japan",
        "kazakhstan",
        "kyrgyzstan",
        "tajikistan",
        "turkmenistan",
        "uzbekistan",
    ] {
        for year in 2019..=2026 {
            let path = format!("/timeline?country={country}&year={year}");
            let status = status_of(server.addr, None, &path).await;
            first.get_or_insert(path);
            statuses.push(status);
            if statuses.len() >= 45 {
                break 'outer;
            }
        }
    }
    let ok = statuses
        .iter()
        .filter(|s| s.starts_with("HTTP/1.1 200"))
        .count();
    let refused = statuses
        .iter()
        .filter(|s| s.starts_with("HTTP/1.1 429"))
        .count();
    assert_eq!(ok + refused, statuses.len(), "{statuses:?}");
    assert!(
        ok >= 20,
        "a reader's first views are rendered: {statuses:?}"
    );
    assert!(refused > 0, "a flood of new views is refused: {statuses:?}");
    // A view already made costs nothing: it is served even to the refused host.
    let first = first.expect("a first path");
    assert!(
        status_of(server.addr, None, &first)
            .await
            .starts_with("HTTP/1.1 200")
    );
    // Another host gets a new view rendered.
    let other = status_of(
        server.addr,
        Some([127, 0, 0, 2].into()),
        "/timeline?power=china&year=2023",
    )
    .await;
    assert!(other.starts_with("HTTP/1.1 200"), "{other}");
    server.shutdown().await;
}

/// The listen backlog and the send buffer are what `ServerConfig` says, as the kernel reports
/// them (`ss` from iproute2, which the test command installs).
#[tokio::test]
async fn the_backlog_and_the_send_buffer_are_set_on_the_sockets() {
    let server = run(
        test_app(),
        ServerConfig {
            backlog: 777,
            send_buffer_bytes: 48 * 1024,
            ..ServerConfig::default()
        },
    )
    .await;
    let ss = |args: &[&str]| {
        std::process::Command::new("ss")
            .args(args)
            .arg(format!("sport = :{}", server.addr.port()))
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
    };
    // Once a client has been answered, serve_on has set its listener up.
    let mut client = TcpStream::connect(server.addr).await.expect("connect");
    client
        .write_all(b"GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        .await
        .expect("send");
    let mut answer = [0u8; 12];
    client.read_exact(&mut answer).await.expect("an answer");
    let listening = ss(&["-ltn"]).expect("`ss` (iproute2) runs");
    // For a listening socket, ss shows the backlog as Send-Q.
    let line = listening
        .lines()
        .find(|l| l.starts_with("LISTEN"))
        .expect("the listening socket");
    let send_q: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(send_q.get(2), Some(&"777"), "{listening}");
    // `tb` is the socket's send buffer: the kernel doubles what was asked.
    let connected = ss(&["-tnm", "state", "established"]).expect("ss runs");
    assert!(
        connected.contains(&format!("tb{}", 2 * 48 * 1024)),
        "{connected}"
    );
    drop(client);
    server.shutdown().await;
}

/// A connection whose small receive buffer fills at once: the server's writes to it stall
/// until it reads.
async fn connect_reading_slowly(addr: std::net::SocketAddr) -> tokio::net::TcpStream {
    let socket = tokio::net::TcpSocket::new_v4().expect("a socket");
    socket
        .set_recv_buffer_size(4096)
        .expect("a small receive buffer");
    socket.connect(addr).await.expect("connect")
}
