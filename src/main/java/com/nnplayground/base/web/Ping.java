package com.nnplayground.base.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /ping}: an empty answer, as cheap as an answer gets, that every page asks for every few seconds
 * (scripts/server-watch.js) to tell a server that answers from one that holds its connections and never does.
 */
@RestController
public class Ping {

    @GetMapping("/ping")
    public ResponseEntity<Void> ping() {
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }
}
