//! A JSONL line read without building a `serde_json::Value`: keys and string values are
//! borrowed from the line (copied only when they hold escapes), numbers and booleans
//! kept as they are, and only nested objects or arrays (a platform's `author` object)
//! become a `Value`.
//!
//! Why: a `Value` object is a `BTreeMap` of owned keys and owned strings, about twenty
//! allocations per record, most of them for fields that are read once and dropped. At a
//! million records that was the larger part of reading.
//!
//! The record answers lookups exactly as the `Map<String, Value>` serde_json would
//! build from the same line: keys in byte order, and a key written twice keeps its
//! last value.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value};

use super::record::{Record, Val};

/// One JSONL line: an object, or any other JSON value (a reject).
pub enum Line<'a> {
    Object(LiteRecord<'a>),
    NotObject,
}

/// The fields of one object, sorted by key, one entry per key.
pub struct LiteRecord<'a> {
    fields: Vec<(Cow<'a, str>, LiteVal<'a>)>,
}

enum LiteVal<'a> {
    Null,
    Bool(bool),
    Num(Number),
    Str(Cow<'a, str>),
    Nested(Value),
}

impl LiteRecord<'_> {
    /// Keys in byte order, as a `serde_json::Map` iterates them.
    pub fn keys(&self) -> impl Iterator<Item = &str> + Clone {
        self.fields.iter().map(|(k, _)| k.as_ref())
    }

    pub fn len(&self) -> usize {
        self.fields.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
}

impl Record for LiteRecord<'_> {
    fn get(&self, key: &str) -> Option<Val<'_>> {
        let i = self
            .fields
            .binary_search_by(|(k, _)| k.as_ref().cmp(key))
            .ok()?;
        Some(match &self.fields[i].1 {
            LiteVal::Null => Val::Null,
            LiteVal::Bool(b) => Val::Bool(*b),
            LiteVal::Num(n) => Val::Num(n),
            LiteVal::Str(s) => Val::Str(s),
            LiteVal::Nested(v) => Val::Nested(v),
        })
    }
}

/// A string borrowed from the input when it has no escapes.
struct Text<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(s)))
            }
        }
        d.deserialize_str(V)
    }
}

impl<'de> Deserialize<'de> for LiteVal<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = LiteVal<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_bool<E: de::Error>(self, b: bool) -> Result<Self::Value, E> {
                Ok(LiteVal::Bool(b))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
                Ok(LiteVal::Num(n.into()))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
                Ok(LiteVal::Num(n.into()))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Self::Value, E> {
                // As serde_json's own Value does: a float it cannot hold is null.
                Ok(Number::from_f64(n).map_or(LiteVal::Null, LiteVal::Num))
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
                Ok(LiteVal::Str(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
                Ok(LiteVal::Str(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Self::Value, E> {
                Ok(LiteVal::Str(Cow::Owned(s)))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(LiteVal::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(LiteVal::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                LiteVal::deserialize(d)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                Value::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(LiteVal::Nested)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                Value::deserialize(de::value::MapAccessDeserializer::new(map)).map(LiteVal::Nested)
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Line<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Line<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut fields: Vec<(Cow<'de, str>, LiteVal<'de>)> =
                    Vec::with_capacity(map.size_hint().unwrap_or(12));
                while let Some(Text(key)) = map.next_key::<Text>()? {
                    fields.push((key, map.next_value()?));
                }
                // Byte order of keys, the last of a repeated key winning: reversed first,
                // a stable sort keeps the later one ahead, and dedup keeps the first.
                fields.reverse();
                fields.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
                fields.dedup_by(|later, kept| later.0 == kept.0);
                Ok(Line::Object(LiteRecord { fields }))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Line::NotObject)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(Line::NotObject)
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
                Ok(Line::NotObject)
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
                Ok(Line::NotObject)
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(Line::NotObject)
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
                Ok(Line::NotObject)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Line::NotObject)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Map;

    fn lite(text: &str) -> LiteRecord<'_> {
        match serde_json::from_str::<Line>(text).unwrap() {
            Line::Object(r) => r,
            Line::NotObject => panic!("not an object: {text}"),
        }
    }

    /// Every lookup answers as serde_json's own map of the same line does.
    #[test]
    fn answers_as_serde_json_map() {
        let text = r#"{"text":"改行\nあり","b":true,"role":"agent","n":12,"f":1.5,"neg":-3,"z":null,
            "author":{"id":"a1","name":"佐藤"},"tags":[1,"x"],"text":"最後","Text":"大文字","":"空"}"#;
        let map: Map<String, Value> = serde_json::from_str(text).unwrap();
        let r = lite(text);
        assert_eq!(
            r.keys().collect::<Vec<_>>(),
            map.keys().map(String::as_str).collect::<Vec<_>>()
        );
        assert_eq!(r.len(), map.len());
        assert!(!r.is_empty() && lite("{}").is_empty());
        for key in map.keys().map(String::as_str).chain(["missing"]) {
            assert_eq!(
                r.get(key).map(|v| v.to_string()),
                map.get(key).map(Value::to_string),
                "{key}"
            );
        }
        assert!(matches!(r.get("text"), Some(Val::Str("最後"))));
        assert!(matches!(
            r.get("author"),
            Some(Val::Nested(Value::Object(_)))
        ));
    }

    #[test]
    fn strings_without_escapes_are_borrowed() {
        let r = lite(r#"{"a":"plain","b":"tab\there"}"#);
        assert!(matches!(
            r.fields[0].1,
            LiteVal::Str(Cow::Borrowed("plain"))
        ));
        assert!(matches!(&r.fields[1].1, LiteVal::Str(Cow::Owned(s)) if s == "tab\there"));
    }

    #[test]
    fn other_values_are_not_objects_and_bad_json_fails_as_serde_json_does() {
        for text in ["[1,{\"a\":2}]", "\"s\"", "3", "true", "null"] {
            assert!(
                matches!(serde_json::from_str::<Line>(text), Ok(Line::NotObject)),
                "{text}"
            );
        }
        for text in ["{\"a\":", "{\"a\":1} x", "{\"a\":[1,}", "{a:1}"] {
            let ours = serde_json::from_str::<Line>(text)
                .err()
                .map(|e| e.to_string());
            let theirs = serde_json::from_str::<Value>(text)
                .err()
                .map(|e| e.to_string());
            assert!(ours.is_some(), "{text}");
            assert_eq!(ours, theirs, "{text}");
        }
    }
}
