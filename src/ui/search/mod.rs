//! The search page: the results list, and search by meaning joining the word results
//! once the sentence model has the query's vector.

pub mod meaning;
pub mod results;
